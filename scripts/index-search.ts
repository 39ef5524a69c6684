/**
 * Builds the Pagefind search index over the built site (`dist/`), after `astro build`.
 *
 * Only pages that mark their content with `data-pagefind-body` are indexed: essay pages and claim
 * pages. The index holds site-relative URLs (`/claims/<id>/`); in the browser, `pagefind.js` takes
 * the base from its own URL (`<BASE>pagefind/pagefind.js`), so one index works under any BASE.
 *
 * Fails (exit 1) when an essay or claim page of the graph is missing or unmarked, so a page that
 * silently dropped out of search breaks the build instead.
 */
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { GraphSchema } from '../src/schemas/graph.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Astro's output folder. Astro writes it without the base: the base exists only in URLs. */
const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const OUTPUT = join(DIST, 'pagefind');
/** Pagefind's ready-made UIs: we ship our own, so these would only be dead bytes. */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
  // Every page is indexed as English (forceLanguage), so the fallback stemmer is never loaded.
  'wasm.unknown.pagefind',
  // The search page runs Pagefind on the main thread (noWorker), so the worker script is never loaded.
  'pagefind-worker.js',
];

/** The file Astro wrote for a site-relative directory URL such as `/claims/x/`. */
function fileFor(url: string): string {
  return join(DIST, url, 'index.html');
}

async function main(): Promise<void> {
  const graph = GraphSchema.parse(JSON.parse(await readFile(join(ROOT, 'src/data/graph.json'), 'utf8')));
  const urls = [...graph.essays.map((essay) => essay.url), ...graph.claims.map((claim) => claim.url)];
  await rm(OUTPUT, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Page by page from the graph rather than the whole folder: exactly these pages are searchable,
  // and one that lost its markup is named instead of silently missing.
  const problems: string[] = [];
  for (const url of urls) {
    let content: string;
    try {
      content = await readFile(fileFor(url), 'utf8');
    } catch (cause) {
      problems.push(`${url}: no page at ${fileFor(url)} (${(cause as Error).message})`);
      continue;
    }
    if (!content.includes('data-pagefind-body')) {
      problems.push(`${url}: the page has no data-pagefind-body element`);
      continue;
    }
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) problems.push(`${url}: ${added.errors.join('; ')}`);
    else if (!added.file.meta['title'] || !added.file.meta['essay']) problems.push(`${url}: no search meta (title, essay): add <SearchMeta>`);
  }
  if (problems.length > 0) throw new Error(`cannot index these pages for search:\n  ${problems.join('\n  ')}`);
  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  for (const file of UNUSED) await rm(join(OUTPUT, file), { force: true });
  console.log(`search: indexed ${graph.essays.length} essays and ${graph.claims.length} claims into ${OUTPUT}`);
}

try {
  await main();
} catch (cause) {
  console.error(`index-search: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
