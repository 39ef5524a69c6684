import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { astroCode } from './check/long-functions.ts';

// `npm install --omit=dev && npm run build` must work (docs/hosting.md): every package the build reaches
// must be in `dependencies`. The build reaches: the build:* scripts and scripts/build.ts, astro.config.mjs,
// and every file under src/ (Astro builds the pages; build:graph runs the compiler). Run by `npm run check`.
const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; scripts: Record<string, string> };
const buildScripts = Object.entries(manifest.scripts)
  .filter(([name]) => name === 'build' || /^build:[a-z0-9-]+$/.test(name))
  .flatMap(([, command]) => [...command.matchAll(/node (scripts\/\S+\.ts)/g)].map((match) => match[1]!));
const sources = (await readdir(join(root, 'src'), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && /\.(?:ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  .map((entry) => join(entry.parentPath, entry.name));

/** The package a bare import names (`@scope/name` or `name`), or undefined for node:, astro: and type-only packages. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('astro:') || specifier.startsWith('virtual:')) return undefined;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  // `mdast`, `hast`: types only (@types/…), nothing to install for the build.
  return existsSync(join(root, 'node_modules', name)) ? name : undefined;
}

const seen = new Set<string>();
const needed = new Map<string, string>();
const queue = [...buildScripts.map((file) => join(root, file)), join(root, 'astro.config.mjs'), ...sources];
while (queue.length > 0) {
  const file = queue.pop()!;
  if (seen.has(file) || !existsSync(file)) continue;
  seen.add(file);
  const text = await readFile(file, 'utf8');
  for (const code of file.endsWith('.astro') ? astroCode(text).map((part) => part.code) : [text]) {
    // Type-only imports are erased before anything runs.
    const runtime = code.replace(/^\s*(?:import|export) type\b[^;]*;/gm, '');
    for (const { fileName } of ts.preProcessFile(runtime, true, true).importedFiles) {
      if (fileName.startsWith('.')) queue.push(resolve(dirname(file), fileName.replace(/\?.*$/, '')));
      else {
        const name = packageOf(fileName);
        if (name && !needed.has(name)) needed.set(name, relative(root, file));
      }
    }
  }
}
// npm scripts run on the node@22 package (Astro needs Node >= 22.12; the host may have an older node).
needed.set('node', 'package.json scripts');
const missing = [...needed].filter(([name]) => !(name in (manifest.dependencies ?? {})));
for (const [name, file] of missing) console.error(`package.json: error: "${name}" (imported by ${file}) is needed by npm run build: move it to "dependencies"`);
if (missing.length > 0) process.exit(1);
console.log(`check-build-dependencies: the build needs ${needed.size} packages, all in "dependencies"`);
