/**
 * The search page's client: loads Pagefind on first use (or when the field gets focus), runs the query
 * in the URL, keeps the URL in step with the form (so a search can be shared), and renders results as
 * a list of links. Only the search page includes this script; reading pages never load Pagefind.
 */
import { FILTER_NAMES } from '../search/search-fields.ts';
import { searchSite } from '../search/search-site.ts';
import { statusText } from '../search/status-text.ts';
import { paramsOfState, stateFromParams, type SearchState } from '../search/url-state.ts';
import { SEARCH_WORDS as W } from '../words/search-words.ts';
import { searchEngine, type Pagefind, type PagefindResult, type PagefindSearch, type SearchEngine } from './search-engine.ts';
import { searchResultItem } from './search-result.ts';
import { quickSearch } from '../search/quick-search.ts';
import { pathWithBase } from '../urls/path-with-base.ts';

const PAGE_SIZE = 10;
/** Wait for a pause in typing before searching, so the live region is not read out per keystroke. */
const TYPING_PAUSE_MS = 250;

/** The page's elements and the state of its searches. */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  /** The first results, from the quick index, shown while Pagefind loads and replaced by its own. */
  quick: HTMLOListElement | null;
  /** The site's base path, for the quick index's site-relative links. */
  base: string;
  more: HTMLButtonElement;
  folded: HTMLDetailsElement | null;
  selects: HTMLSelectElement[];
  engine: SearchEngine;
  /** Bumped per search: an older search that finishes late draws nothing. */
  generation: number;
  /** Results not shown yet ("Show more results"). */
  pending: PagefindResult[];
  /** Whether Pagefind has answered once (then "Searching…" is not said again). */
  ready: boolean;
  pageTitle: string;
}

/** The form's state: the query and the filters that are set. */
function readForm(page: SearchPage): SearchState {
  const filters: Record<string, string> = {};
  for (const select of page.selects) if (select.value) filters[select.name] = select.value;
  return { query: page.input.value.trim(), filters };
}

/** Mirrors the form in the address bar, without adding a history entry per keystroke. */
function writeUrl(state: SearchState): void {
  const search = paramsOfState(state);
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

/** Fills the form from the URL; opens the folded filters when one is set. */
function fromUrl(page: SearchPage): void {
  const allowed = Object.fromEntries(page.selects.map((select) => [select.name, [...select.options].map((option) => option.value).filter(Boolean)]));
  const state = stateFromParams(new URLSearchParams(location.search), allowed);
  page.input.value = state.query;
  for (const select of page.selects) select.value = state.filters[select.name] ?? '';
  showFilterCount(page);
}

/** Says on the fold how many filters are set, and keeps it open while any is. */
function showFilterCount(page: SearchPage): void {
  const set = page.selects.filter((select) => select.value).length;
  const summary = page.folded?.querySelector('summary');
  if (summary) summary.textContent = W.filters(set);
  if (page.folded && set > 0) page.folded.open = true;
}

/** Renders the next page of results; returns the first new link, for focus. */
async function showMore(page: SearchPage, run: number): Promise<HTMLAnchorElement | null> {
  const batch = page.pending.slice(0, PAGE_SIZE);
  page.pending = page.pending.slice(PAGE_SIZE);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (run !== page.generation) return null;
  const items = data.map(searchResultItem);
  page.list.append(...items);
  page.more.hidden = page.pending.length === 0;
  return items[0]?.querySelector('a') ?? null;
}

/**
 * Shows, on each filter option, how many results choosing it would give: for a filter that is not
 * set, the counts of this search; for one that is set, the counts of this search without it.
 */
async function showCounts(page: SearchPage, pagefind: Pagefind, state: SearchState, active: boolean, run: number): Promise<void> {
  await page.engine.filtersLoaded();
  const searches = new Map<string, Promise<PagefindSearch | null>>();
  for (const select of page.selects) {
    let counts: Record<string, number> | undefined;
    if (active) {
      const others = Object.fromEntries(Object.entries(state.filters).filter(([name]) => name !== select.name));
      const key = JSON.stringify(others);
      if (!searches.has(key)) searches.set(key, pagefind.search(state.query || null, { filters: others }));
      counts = (await searches.get(key))?.filters?.[select.name];
    }
    // A newer search owns the options now.
    if (run !== page.generation) return;
    for (const option of select.options) {
      if (!option.value) continue;
      option.dataset['label'] ??= option.text;
      option.text = active ? `${option.dataset['label']} (${counts?.[option.value] ?? 0})` : option.dataset['label'];
    }
  }
}

/**
 * The first search of a page view: while Pagefind (about 100 KB) loads, results from the quick index (a few KB,
 * in the page itself), in their own list, so the reader sees answers as soon as this script has run.
 * Pagefind's results replace them; a query with a filter, or with a word in no entry, waits for Pagefind.
 */
async function showQuick(page: SearchPage, state: SearchState, run: number): Promise<void> {
  if (!page.quick || !state.query || Object.keys(state.filters).length > 0) return;
  const entries = await page.engine.quick();
  if (!entries || page.ready || run !== page.generation) return;
  const found = quickSearch(entries, state.query, PAGE_SIZE);
  if (found.length === 0) return;
  page.quick.replaceChildren(...found.map(({ entry, excerpt }) => searchResultItem({
    url: pathWithBase(entry.url, page.base),
    excerpt,
    meta: { label: entry.label, kind: entry.kind, essay: entry.essay, author: entry.author },
  })));
  page.quick.hidden = false;
  // For the benchmark: when the quick results of this page view were on screen.
  if (performance.getEntriesByName('search:quick').length === 0) performance.mark('search:quick');
}

/** Takes the quick results away: Pagefind's are in, or the form was emptied. */
function hideQuick(page: SearchPage): void {
  if (!page.quick) return;
  page.quick.hidden = true;
  page.quick.replaceChildren();
}

/** Clears the results for an empty form. */
async function clear(page: SearchPage, state: SearchState, run: number): Promise<void> {
  page.list.replaceChildren();
  hideQuick(page);
  page.more.hidden = true;
  page.status.textContent = '';
  if (page.ready) await showCounts(page, await page.engine.pagefind(), state, false, run);
}

/** Runs the form's search and shows its first page of results. */
async function runSearch(page: SearchPage): Promise<void> {
  const run = ++page.generation;
  const state = readForm(page);
  writeUrl(state);
  showFilterCount(page);
  // A shared or bookmarked search says what it was for.
  document.title = state.query ? `“${state.query}” · ${page.pageTitle}` : page.pageTitle;
  if (!state.query && Object.keys(state.filters).length === 0) return clear(page, state, run);
  // Said once, while Pagefind loads; later searches answer before a screen reader would finish it.
  if (!page.ready) {
    page.status.textContent = W.searching;
    // The quick results first, from the page itself (scripts/index-search.ts, prepareSearchPage); then Pagefind.
    await showQuick(page, state, run);
  }
  try {
    const [pagefind, words] = await Promise.all([page.engine.pagefind(), page.engine.words()]);
    page.ready = true;
    // Words in no essay are corrected or left out, and a half-remembered phrase also finds pages missing
    // one word (src/search/search-site.ts, which the tests run too).
    const search = async (text: string | null) => (await pagefind.search(text, { filters: state.filters }))?.results ?? [];
    const found = state.query ? await searchSite(search, state.query, words) : { results: await search(null), unknown: [] as string[] };
    if (run !== page.generation) return;
    page.pending = found.results;
    hideQuick(page);
    page.list.replaceChildren();
    await showMore(page, run);
    if (run !== page.generation) return;
    // For the benchmark: when the first results of this page view were on screen.
    if (performance.getEntriesByName('search:results').length === 0) performance.mark('search:results');
    page.status.textContent = statusText({ count: found.results.length, query: state.query, filtered: Object.keys(state.filters).length > 0, unknown: found.unknown, ...('suggestion' in found && found.suggestion ? { suggestion: found.suggestion } : {}) });
    await showCounts(page, pagefind, state, true, run);
  } catch (cause) {
    if (run !== page.generation) return;
    page.status.textContent = W.failed;
    console.error(new Error('search failed', { cause }));
  }
}

/** Wires the form: submit, typing, filters, "Show more", and warming Pagefind when the field gets focus. */
function listen(page: SearchPage): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = () => void runSearch(page);
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, TYPING_PAUSE_MS);
  });
  const warm = () => {
    void page.engine.words();
    page.engine.pagefind().catch(() => undefined);
  };
  page.input.addEventListener('focus', warm, { once: true });
  page.input.addEventListener('pointerdown', warm, { once: true });
  for (const select of page.selects) select.addEventListener('change', search);
  page.more.addEventListener('click', async () => {
    const first = await showMore(page, page.generation);
    first?.focus();
  });
}

/** The search page's elements, or undefined on any other page. */
function findPage(): SearchPage | undefined {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!root || !form || !input || !status || !list || !more) return undefined;
  const selects = FILTER_NAMES.map((name) => form.elements.namedItem(name)).filter((element): element is HTMLSelectElement => element instanceof HTMLSelectElement);
  const folded = form.querySelector<HTMLDetailsElement>('details');
  const base = root.dataset['base'] ?? '/';
  const quick = document.querySelector<HTMLOListElement>('[data-search-quick]');
  return { form, input, status, list, quick, base, more, folded, selects, engine: searchEngine(base), generation: 0, pending: [], ready: false, pageTitle: document.title };
}

const page = findPage();
if (page) {
  listen(page);
  fromUrl(page);
  // Whoever opens the search page is about to search: load Pagefind and the word list now, not on the
  // first keystroke; a query in the URL is searched at once, since its results are what the page is for.
  if (page.input.value || page.selects.some((select) => select.value)) void runSearch(page);
  else requestAnimationFrame(() => setTimeout(() => {
    void page.engine.words();
    page.engine.pagefind().catch(() => undefined);
  }));
}
