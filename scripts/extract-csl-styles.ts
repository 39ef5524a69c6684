/**
 * Writes the official Chicago author-date (17th ed.) and MLA 9 CSL styles into src/formats/csl/ as .csl files.
 *
 * No npm package ships these two styles as plain .csl files; rehype-citation (MIT) carries the official
 * Zotero/CSL-repository files verbatim as JavaScript string modules. We copy them out once, by this script,
 * so that the site's build reads reviewable XML from the project rather than an internal dist/ path of an
 * unrelated package (whose `exports` map even blocks the import). APA 7 ships with @citation-js/plugin-csl.
 *
 * The styles are © their CSL authors, licensed CC BY-SA 3.0 (see src/formats/csl/LICENSE.md).
 *
 * Run: `npm install --no-save rehype-citation@^2.3.2 && node scripts/extract-csl-styles.ts` (rehype-citation is no
 * dependency: the styles are committed, and only a refresh needs it). It fails when a style's id or
 * licence is not the expected one, so an upgrade of the source package cannot slip in another style.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../src/formats/csl');
const LICENSE = 'http://creativecommons.org/licenses/by-sa/3.0/';

/** Each style: the module inside rehype-citation, the file we write, and the CSL id it must carry. */
const STYLES = [
  { module: 'chicago.js', file: 'chicago-author-date.csl', id: 'http://www.zotero.org/styles/chicago-author-date' },
  { module: 'mla.js', file: 'modern-language-association.csl', id: 'http://www.zotero.org/styles/modern-language-association' },
] as const;

// The package's `exports` map hides both package.json and dist/node/, so find it as a folder.
const root = resolve(import.meta.dirname, '../node_modules/rehype-citation');

for (const style of STYLES) {
  const path = join(root, 'dist/node/styles', style.module);
  let xml: string;
  try {
    // Import by file path: the package's `exports` map does not expose this folder.
    xml = ((await import(path)) as { default: string }).default;
  } catch (cause) {
    throw new Error(`extract-csl-styles: cannot read ${path}; run npm install --no-save rehype-citation@^2.3.2 first`, { cause });
  }
  if (!xml.includes(`<id>${style.id}</id>`)) throw new Error(`extract-csl-styles: ${path} is not ${style.id}`);
  if (!xml.includes(`<rights license="${LICENSE}">`)) throw new Error(`extract-csl-styles: ${path} no longer carries the CC BY-SA 3.0 licence`);
  const out = join(OUT, style.file);
  await writeFile(out, xml.endsWith('\n') ? xml : `${xml}\n`);
  console.log(`extract-csl-styles: ${style.id} -> ${out}`);
}
// Keep the version we copied from on record next to the files.
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
await writeFile(join(OUT, 'SOURCE'), `Copied by scripts/extract-csl-styles.ts from rehype-citation@${version} (dist/node/styles/).\n`);
