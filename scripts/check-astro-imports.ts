import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { location } from 'vfile-location';
import { astroCode } from './check/long-functions.ts';

// dependency-cruiser cannot read .astro files: apply its `forbidden` path rules (scripts/dependency-rules.cjs)
// to the imports in their frontmatter and <script> elements. Run by `npm run check`.
interface PathRule {
  name: string;
  comment?: string;
  from: { path?: string; pathNot?: string | string[] };
  to: { path?: string; pathNot?: string | string[] };
}
const { forbidden } = createRequire(import.meta.url)('./dependency-rules.cjs') as { forbidden: PathRule[] };

const matches = (path: string, side: PathRule['from']): boolean => {
  const not = side.pathNot === undefined ? [] : [side.pathNot].flat();
  return (side.path === undefined || new RegExp(side.path).test(path)) && !not.some((pattern) => new RegExp(pattern).test(path));
};

const files = (await readdir('src', { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
  .map((entry) => relative('.', join(entry.parentPath, entry.name)));
let errors = 0;
for (const file of files) {
  for (const { code, firstLine } of astroCode(await readFile(file, 'utf8'))) {
    for (const imported of ts.preProcessFile(code, true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = relative('.', resolve(dirname(file), imported.fileName));
      for (const rule of forbidden.filter((one) => matches(file, one.from) && matches(target, one.to))) {
        const line = firstLine + location(code).toPoint(imported.pos)!.line - 1;
        console.error(`${file}:${line}:1: error ${rule.name}: ${file} → ${target}${rule.comment ? `: ${rule.comment}` : ''}`);
        errors += 1;
      }
    }
  }
}
if (errors > 0) process.exit(1);
console.log(`check-astro-imports: ${files.length} .astro files follow scripts/dependency-rules.cjs`);
