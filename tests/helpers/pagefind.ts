import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';

/** One result's loaded data, as `pagefind.js` returns it. */
export interface PagefindData {
  /** The page's URL, with the base. */
  url: string;
  /** HTML: text with `<mark>` around matches. */
  excerpt: string;
  /** The page's search meta (title, essay, author, kind). */
  meta: Record<string, string>;
  /** The page's filter values. */
  filters: Record<string, string[]>;
}

/** The parts of the browser API of `pagefind.js` the tests use. */
export interface Pagefind {
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A loaded Pagefind and the static server it reads its index from. */
export interface NodePagefind {
  pagefind: Pagefind;
  site: StaticSite;
}

/**
 * Imports the built `dist/pagefind/pagefind.js` into Node, as the browser would, and points it at a
 * static server over `dist/` (it fetches its index and WebAssembly over HTTP; Node's fetch cannot
 * read file: URLs). Pagefind runs on the main thread here: it uses a worker only in a browser.
 */
export async function loadPagefind(dist = resolve(import.meta.dirname, '../../dist')): Promise<NodePagefind> {
  const site = await serveSite(dist);
  const pagefind = (await import(pathToFileURL(resolve(dist, 'pagefind/pagefind.js')).href)) as Pagefind & {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
  };
  await pagefind.options({ basePath: `${site.url}pagefind/`, baseUrl: '/' });
  await pagefind.init();
  return { pagefind, site };
}

/** The first `count` results of a query, loaded. */
export async function topResults(pagefind: Pagefind, query: string | null, count: number, filters: Record<string, string> = {}): Promise<PagefindData[]> {
  const search = await pagefind.search(query, { filters });
  return Promise.all(search.results.slice(0, count).map((result) => result.data()));
}
