/**
 * Pagefind and the site's word list, loaded once for the search page: `pagefind.js` on first use (or
 * as soon as the field is focused, to warm it), with the options that keep its requests few and small.
 */
import type { SiteWords } from '../search/suggest.ts';
import { QUICK_INDEX_ID, type QuickEntry } from '../search/quick-search.ts';
import { pathWithBase } from '../urls/path-with-base.ts';

/** The parts of Pagefind's browser API this page uses (pagefind.js has no published types). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}
/** One search's answer. */
export interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter, per value: how many of these results have it. */
  filters?: Record<string, Record<string, number>>;
}
/** One result, its data loaded on demand (one fragment request). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
/** A result's data. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** Pagefind and the word list for one page view. */
export interface SearchEngine {
  /** Pagefind, initialised; the same promise every call. */
  pagefind(): Promise<Pagefind>;
  /** The site's words (scripts/index-search.ts), or undefined when they could not be loaded. */
  words(): Promise<SiteWords | undefined>;
  /** The quick index the page carries (scripts/index-search.ts), or undefined when it has none. */
  quick(): Promise<QuickEntry[] | undefined>;
  /** Resolves once the filter index is in: before that, searches report no counts per filter value. */
  filtersLoaded(): Promise<unknown>;
}

/**
 * The quick index the page carries (scripts/index-search.ts, prepareSearchPage): in the page itself, so the
 * first results wait for no request. Undefined when the page has none (the index grew past its budget).
 */
function readQuickIndex(): QuickEntry[] | undefined {
  const block = document.getElementById(QUICK_INDEX_ID);
  if (!block?.textContent) return undefined;
  try {
    return JSON.parse(block.textContent) as QuickEntry[];
  } catch {
    return undefined;
  }
}

/** An engine for a site served under `base`. Nothing is fetched until a method is called. */
export function searchEngine(base: string): SearchEngine {
  let loading: Promise<Pagefind> | undefined;
  let words: Promise<SiteWords | undefined> | undefined;
  let quick: Promise<QuickEntry[] | undefined> | undefined;
  let filters: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<Pagefind> => {
    const pagefind = (await import(/* @vite-ignore */ pathWithBase('pagefind/pagefind.js', base))) as Pagefind;
    // Main thread, no worker: for an index this small the worker's own script and start-up cost more
    // than they save (measured: first results ~2x sooner), and there is one CSP less to get right.
    // metaCacheTag: the entry is fetched as the page preloaded it (scripts/index-search.ts, prepareSearchPage),
    // not with a fresh ?ts= that would fetch it a second time.
    const tag = document.querySelector<HTMLElement>('link[data-pagefind-tag]')?.dataset['pagefindTag'];
    await pagefind.options({ baseUrl: base, excerptLength: 30, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    await pagefind.init();
    // The filter index (under 1 KB here) loads beside the first search, not before it.
    filters = pagefind.filters().catch(() => undefined);
    return pagefind;
  };
  return {
    pagefind() {
      loading ??= load().catch((cause: unknown) => {
        // The next search tries again; this one reports the failure.
        loading = undefined;
        throw cause;
      });
      return loading;
    },
    words() {
      words ??= fetch(pathWithBase('search-words.json', base))
        .then((response) => (response.ok ? (response.json() as Promise<SiteWords>) : undefined))
        .catch(() => undefined);
      return words;
    },
    quick() {
      quick ??= Promise.resolve(readQuickIndex());
      return quick;
    },
    filtersLoaded: () => filters,
  };
}
