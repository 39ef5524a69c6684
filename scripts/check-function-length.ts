import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { astroCode, longFunctions, MAX_FUNCTION_LINES, type LongFunction } from './check/long-functions.ts';

// No function in src/ or scripts/ may pass MAX_FUNCTION_LINES lines (the benchmark aside): a long
// function cannot be tested piece by piece. Run by `npm run check`.
const ROOTS = ['src', 'scripts'];
const SKIP = ['scripts/bench/'];
// Functions in other developers' areas, over the limit when this check arrived; each owner splits
// theirs and deletes its line here. The check fails when a listed function is short again, so the
// list cannot go stale. Keys: `file name`.
const KNOWN = new Set<string>([
]);

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:ts|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative('.', join(entry.parentPath, entry.name)));
}

async function scan(file: string): Promise<LongFunction[]> {
  const text = await readFile(file, 'utf8');
  if (!file.endsWith('.astro')) return longFunctions(file, text);
  return astroCode(text).flatMap(({ code, firstLine }) => longFunctions(file, code, MAX_FUNCTION_LINES, firstLine));
}

const all = (await Promise.all(ROOTS.map(files))).flat().filter((file) => !SKIP.some((skip) => file.startsWith(skip)));
const long = (await Promise.all(all.map(scan))).flat();
const unlisted = long.filter((one) => !KNOWN.has(`${one.file} ${one.name}`));
const stale = [...KNOWN].filter((key) => !long.some((one) => `${one.file} ${one.name}` === key));
for (const one of unlisted) {
  console.error(`${one.file}:${one.line}:1: error: function ${one.name} is ${one.lines} lines long: split it into named steps of at most ${MAX_FUNCTION_LINES} lines`);
}
for (const key of stale) console.error(`scripts/check-function-length.ts: error: "${key}" is listed as too long but is not: delete it from KNOWN`);
for (const one of long.filter((one) => KNOWN.has(`${one.file} ${one.name}`))) {
  console.warn(`${one.file}:${one.line}:1: warning: function ${one.name} is ${one.lines} lines long (listed for its owner to split)`);
}
if (unlisted.length || stale.length) process.exit(1);
console.log(`check-function-length: ${all.length} files, no function over ${MAX_FUNCTION_LINES} lines outside the listed ones`);
