/**
 * Builds the Pagefind search index over the built site (`dist/`), after `astro build`.
 *
 * Only the graph's essay pages and claim pages are indexed, and within them only what they mark
 * with `data-pagefind-body`. The index holds site-relative URLs (`/claims/<id>/`); in the browser,
 * `pagefind.js` takes the base from its own URL (`<BASE>pagefind/pagefind.js`), so one index works
 * under any BASE (the search page also passes the base explicitly).
 *
 * It also writes `search-words.json`: every word the index holds as body text or as a result's title,
 * essay or author, with its count, from which the search page suggests a spelling ("did you mean").
 *
 * Fails (exit 1) when an essay or claim page is missing or unmarked, so a page that silently
 * dropped out of search breaks the build instead.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { graphFile, loadGraph } from '../src/data-files/load-graph.ts';
import { wordsOf, type SiteWords } from '../src/search/suggest.ts';
import { QUICK_INDEX_ID, type QuickEntry } from '../src/search/quick-search.ts';
import { WHOLE_ESSAY_LABEL } from '../src/words/kind-labels.ts';
import { inStep, runScript, ScriptError } from './lib/error-boundary.ts';
import { collapseSpace } from '../src/words/collapse-space.ts';

/** The site's own words for "did you mean" (src/search/suggest.ts), beside the index: `<dist>/search-words.json`. */
export const SITE_WORDS_FILE = 'search-words.json';
/**
 * The quick index is put in the search page only while it is at most this many bytes after gzip (15 KB
 * for the four essays). It grows with the content (about 285 KB gzip at 50×), and every visit to the
 * search page carries all of it. At this bound it costs a reader at most about 320 ms on the phone
 * profile (1.6 Mbps) and 64 KB of data, against about 2.4 s for Pagefind's first results; past it
 * (about 4× today's content) the page waits for Pagefind alone. A judgement of what a phone should pay
 * for first results, not a measured optimum.
 */
export const QUICK_INDEX_BUDGET = 64 * 1024;
/** What `prepareSearchPage` did with the quick index. */
export interface QuickIndexOutcome {
  /** Its size after gzip, in bytes. */
  gzipBytes: number;
  /** Whether it went into the page (within its budget). */
  written: boolean;
}
/** Options for `prepareSearchPage`. */
export interface PrepareOptions {
  /** The quick index's budget in gzip bytes (default `QUICK_INDEX_BUDGET`). */
  quickBudget?: number;
}
/** A claim's own words in the quick index are cut here: a claim is a sentence or two; this only bounds a stray long one. */
const QUICK_TEXT_MAX = 400;

const ROOT = resolve(import.meta.dirname, '..');
/** Pagefind's ready-made UIs: we ship our own, so these would only be dead bytes. */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
  // Every page is indexed as English (forceLanguage), so the fallback stemmer is never loaded.
  'wasm.unknown.pagefind',
  // The search page runs Pagefind on the main thread (noWorker), so the worker script is never loaded.
  'pagefind-worker.js',
];

/**
 * Indexes the pages at `urls` (site-relative directory URLs such as `/claims/x/`) of the built site
 * in `dist` into `dist/pagefind/`. Throws, naming every bad page, when one is missing, has no
 * `data-pagefind-body`, or has no search meta (`<SearchMeta>`); nothing is written then. Writes the
 * word list beside the index, and returns the quick index for `prepareSearchPage` to put in the page.
 */
export async function indexSearch(dist: string, urls: string[]): Promise<QuickEntry[]> {
  const output = join(dist, 'pagefind');
  await rm(output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    // Page by page from the graph rather than the whole folder: exactly these pages are searchable,
    // and one that lost its markup is named instead of silently missing.
    const problems: string[] = [];
    const words: SiteWords = {};
    const quick: QuickEntry[] = [];
    const count = (text: string) => {
      for (const word of wordsOf(text)) words[word] = (words[word] ?? 0) + 1;
    };
    for (const url of urls) {
      const file = join(dist, url, 'index.html');
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (cause) {
        problems.push(`${url}: no page at ${file} (${(cause as Error).message})`);
        continue;
      }
      if (!content.includes('data-pagefind-body')) {
        problems.push(`${url}: the page has no data-pagefind-body element`);
        continue;
      }
      // The words Pagefind indexes: the marked body less what it is told to ignore, and the meta shown.
      const $ = cheerio.load(content);
      $('[data-pagefind-ignore]').remove();
      const body = $('[data-pagefind-body]').toArray().map((element) => $(element).text()).join(' ');
      count(body);
      const added = await index.addHTMLFile({ url, content });
      for (const key of ['title', 'essay', 'author']) count(added.file?.meta[key] ?? '');
      const meta = added.file?.meta ?? {};
      // A whole essay is found quickly by its title only: its body is the essay, far too big to ship.
      const text = meta['kind'] === WHOLE_ESSAY_LABEL ? '' : collapseSpace(body).slice(0, QUICK_TEXT_MAX);
      quick.push({ url, label: meta['label'] ?? meta['title'] ?? url, kind: meta['kind'] ?? '', essay: meta['essay'] ?? '', author: meta['author'] ?? '', text });
      if (added.errors.length > 0) problems.push(`${url}: ${added.errors.join('; ')}`);
      else if (!added.file.meta['title'] || !added.file.meta['essay']) problems.push(`${url}: no search meta (title, essay): add <SearchMeta>`);
    }
    if (problems.length > 0) throw new Error(`cannot index these pages for search:\n  ${problems.join('\n  ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    for (const file of UNUSED) await rm(join(output, file), { force: true });
    await writeFile(join(dist, SITE_WORDS_FILE), JSON.stringify(Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b)))));
    return quick;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * The quick index as the search page carries it: a JSON data block (not run, so outside the page's CSP),
 * every `<` escaped so that no text of an essay can close it; none when past `budget` gzip bytes.
 */
export function quickIndexBlock(quick: QuickEntry[], budget = QUICK_INDEX_BUDGET): { block: string; outcome: QuickIndexOutcome } {
  const json = JSON.stringify(quick).replace(/</g, '\\u003c');
  const gzipBytes = gzipSync(json).length;
  if (gzipBytes > budget) return { block: '', outcome: { gzipBytes, written: false } };
  return { block: `<script type="application/json" id="${QUICK_INDEX_ID}">${json}</script>`, outcome: { gzipBytes, written: true } };
}

/** The search page, which gets the preloads and the quick index. */
const SEARCH_PAGE = 'search/index.html';

/**
 * Readies the built search page for a first search: it carries the quick index (`quickIndexBlock`, within
 * its budget) just before its script, which Astro inlines (astro.config.mjs), so its first results wait for
 * no request; its head preloads Pagefind's entry file (tiny, and carrying the tag). Should the script be a
 * file again, its `modulepreload` goes in the head (Astro writes its tag at the end of the body, where
 * Chromium fetched it at low priority, after the first paint). Written into the built `search/index.html`
 * after the index exists, since the file names carry the index's hash; the entry is fetched as
 * `pagefind-entry.json?ts=<hash>` (Pagefind's `metaCacheTag`, read by the page from `data-pagefind-tag`), so
 * the preloaded response is the one used. The base is the one the page's own `modulepreload` of
 * `pagefind.js` carries (that link is the placeholder the preloads replace).
 */
export async function prepareSearchPage(dist: string, quick: QuickEntry[], { quickBudget = QUICK_INDEX_BUDGET }: PrepareOptions = {}): Promise<QuickIndexOutcome> {
  const page = join(dist, SEARCH_PAGE);
  const html = await readFile(page, 'utf8');
  const anchor = /<link rel="modulepreload" href="([^"]*)pagefind\/pagefind\.js">/.exec(html);
  if (!anchor) throw new Error(`${SEARCH_PAGE} has no <link rel="modulepreload" href="…pagefind/pagefind.js">: src/pages/search.astro must keep it`);
  const entry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
  const language = entry.languages['en'];
  if (!language) throw new Error('pagefind-entry.json has no "en" index');
  const base = anchor[1]!;
  // Astro inlines it (astro.config.mjs, assetsInlineLimit); a script file, if it ever is one, is preloaded.
  const modules = [...html.matchAll(/<script type="module"(?: src="([^"]+)")?>/g)];
  if (modules.length !== 1) throw new Error(`${SEARCH_PAGE} has ${modules.length} module scripts, not the one search script: preload what its first results need by hand`);
  const script = modules[0]!;
  // With a query in the address the page shows the quick index's results first and loads Pagefind after them
  // (src/client/search.ts): preloading Pagefind's ~100 KB here would share the phone's bandwidth with the
  // page's script and put the first results back behind them. Its entry (a few hundred bytes) carries the tag.
  const links = [
    ...(script[1] ? [`<link rel="modulepreload" href="${script[1]}">`] : []),
    `<link rel="preload" as="fetch" crossorigin href="${base}pagefind/pagefind-entry.json?ts=${language.hash}" data-pagefind-tag="${language.hash}">`,
  ];
  const { block, outcome } = quickIndexBlock(quick, quickBudget);
  // Functions, not strings, as replacements: an essay's "$&" or "$'" must stay text.
  await writeFile(page, html.replace(anchor[0], () => links.join('')).replace(script[0], () => `${block}${script[0]}`));
  return outcome;
}

if (import.meta.main) {
  await runScript('index-search', async () => {
    try {
      const graph = loadGraph(graphFile(ROOT));
      // Astro writes dist/ without the base: the base exists only in URLs.
      const dist = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
      inStep('index the pages for search', dist);
      const quickIndex = await indexSearch(dist, [...graph.essays.map((essay) => essay.url), ...graph.claims.map((claim) => claim.url)]).catch((cause: unknown) => {
        // Pages missing their search markup, or Pagefind refusing: expected, named by indexSearch.
        if (cause instanceof Error && /^(cannot index these pages|pagefind:)/.test(cause.message)) throw new ScriptError(`${relative(process.cwd(), dist) || dist}: error: ${cause.message}`, { cause });
        throw cause;
      });
      const quick = await prepareSearchPage(dist, quickIndex);
      console.log(`search: indexed ${graph.essays.length} essays and ${graph.claims.length} claims into ${join(dist, 'pagefind')}`);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(quick.written
        ? `search: the search page carries the quick index (first results while Pagefind loads): ${kb(quick.gzipBytes)} gzip, within its ${kb(QUICK_INDEX_BUDGET)}`
        : `search: no quick index in the search page: it would be ${kb(quick.gzipBytes)} gzip, over its ${kb(QUICK_INDEX_BUDGET)} budget (scripts/index-search.ts); the page waits for Pagefind's results`);
      return 0;
    } finally {
      await pagefind.close();
    }
  });
}
