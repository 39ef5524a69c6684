/**
 * Packs the built site (dist/) into one zip file, for course platforms that take an upload of
 * web pages. The files sit at the zip's top level (index.html first), so unpacking it anywhere
 * gives the site. Build first, with the BASE the copy will be served under.
 *
 * Usage: npm run zip                 (writes counterpoint-site.zip)
 *        npm run zip -- out/file.zip (writes there)
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { inStep, runScript } from './lib/error-boundary.ts';

// Formats that are compressed already gain nothing from DEFLATE: store them.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|pf_fragment|pf_index|pagefind)$/i;
// A fixed timestamp makes the same build give the same bytes (zip cannot store dates before 1980).
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Reads every file under `dir` into fflate's input shape, paths with `/`, index.html first. */
export async function zipEntries(dir: string): Promise<Zippable> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  const entries: Zippable = {};
  for (const path of files) {
    entries[path] = [new Uint8Array(await readFile(join(dir, path))), { level: STORED.test(path) ? 0 : 6, mtime: MTIME }];
  }
  return entries;
}

/** Zips `dir` and returns the archive's bytes. */
export async function zipDirectory(dir: string): Promise<Uint8Array> {
  return zipSync(await zipEntries(dir));
}

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '..');
  const dist = join(root, 'dist');
  const out = resolve(process.cwd(), process.argv[2] ?? join(root, 'counterpoint-site.zip'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('zip: dist/index.html not found: run "npm run build" first (with BASE=/your/path/ if the copy will live under a subpath).');
    return 1;
  }
  inStep('zip the site', dist);
  const bytes = await zipDirectory(dist);
  inStep('write the zip', out);
  await writeFile(out, bytes);
  const count = Object.keys(await zipEntries(dist)).length;
  console.log(`zip: ${count} files, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB -> ${relative(process.cwd(), out) || out}`);
  return 0;
}

if (import.meta.main) await runScript('zip', main);
