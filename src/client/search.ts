/**
 * The search page's client: loads Pagefind on first use, runs the query in the URL, keeps the URL
 * in step with the form (so a search can be shared), and renders results as a list of links.
 * Only the search page includes this script; reading pages never load Pagefind.
 */
import { parseExcerpt } from '../search/excerpt.ts';
import { FILTER_NAMES } from '../search/search-fields.ts';
import { WHOLE_ESSAY_LABEL } from '../words/kind-labels.ts';
import { pathWithBase } from '../urls/path-with-base.ts';

/** The parts of Pagefind's browser API this page uses (pagefind.js has no published types). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}
interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter, per value: how many of these results have it. */
  filters?: Record<string, Record<string, number>>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const PAGE_SIZE = 10;
/** Wait for a pause in typing before searching, so the live region is not read out per keystroke. */
const TYPING_PAUSE_MS = 250;

const root = document.querySelector<HTMLElement>('[data-search]');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (root && form && input && status && list && more) {
  const base = root.dataset['base'] ?? '/';
  const selects = FILTER_NAMES.map((name) => form.elements.namedItem(name)).filter(
    (element): element is HTMLSelectElement => element instanceof HTMLSelectElement,
  );
  let loading: Promise<Pagefind> | undefined;
  let ready = false;
  let generation = 0;
  let pending: PagefindResult[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Resolves once the filter index is in: before that, searches report no counts per filter value. */
  let filtersLoaded: Promise<unknown> = Promise.resolve();
  const loadPagefind = (): Promise<Pagefind> => {
    loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ pathWithBase('pagefind/pagefind.js', base))) as Pagefind;
      // Main thread, no worker: for an index this small the worker's own 43 KB script and start-up
      // cost more than they save (measured: first results ~2x sooner), and there is one CSP less to get right.
      await pagefind.options({ baseUrl: base, excerptLength: 36, noWorker: true });
      await pagefind.init();
      // The filter index (under 1 KB here) loads beside the first search, not before it.
      filtersLoaded = pagefind.filters().catch(() => undefined);
      return pagefind;
    })();
    return loading;
  };

  /** The form's state: the query and the filters that are set. */
  const readForm = () => {
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    return { query, filters };
  };

  /** Mirrors the form in the address bar, without adding a history entry per keystroke. */
  const writeUrl = (query: string, filters: Record<string, string>) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  };

  const renderResult = (data: PagefindData): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.className = 'search-result__title';
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    const kind = data.meta['kind'] ?? '';
    const essay = data.meta['essay'] ?? '';
    const author = data.meta['author'] ?? '';
    // A whole essay's title is the link already; a claim names its essay and author.
    meta.textContent = [kind, kind === WHOLE_ESSAY_LABEL ? '' : essay, author].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // Pagefind's excerpt is HTML; only its text and <mark>s are taken, as text and elements.
    for (const part of parseExcerpt(data.excerpt) ?? []) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(link, meta);
    if (excerpt.textContent) item.append(excerpt);
    return item;
  };

  /** Renders the next page of results; returns the first new link, for focus. */
  const showMore = async (run: number): Promise<HTMLAnchorElement | null> => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== generation) return null;
    const items = data.map(renderResult);
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? null;
  };

  /**
   * Shows, on each filter option, how many results choosing it would give: for a filter that is not
   * set, the counts of this search; for one that is set, the counts of this search without it.
   */
  const showCounts = async (pagefind: Pagefind, query: string, filters: Record<string, string>, active: boolean, run: number) => {
    await filtersLoaded;
    const searches = new Map<string, Promise<PagefindSearch | null>>();
    for (const select of selects) {
      let counts: Record<string, number> | undefined;
      if (active) {
        const others = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== select.name));
        const key = JSON.stringify(others);
        if (!searches.has(key)) searches.set(key, pagefind.search(query || null, { filters: others }));
        counts = (await searches.get(key))?.filters?.[select.name];
      }
      // A newer search owns the options now.
      if (run !== generation) return;
      for (const option of select.options) {
        if (!option.value) continue;
        option.dataset['label'] ??= option.text;
        option.text = active ? `${option.dataset['label']} (${counts?.[option.value] ?? 0})` : option.dataset['label'];
      }
    }
  };

  const describe = (count: number, query: string, filters: Record<string, string>): string => {
    const filtered = Object.keys(filters).length > 0 ? ' with the chosen filters' : '';
    const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
    return query ? `${found} for “${query}”${filtered}.` : `${found}${filtered}.`;
  };

  const pageTitle = document.title;
  const run = async () => {
    const current = ++generation;
    const { query, filters } = readForm();
    writeUrl(query, filters);
    // A shared or bookmarked search says what it was for.
    document.title = query ? `“${query}” · ${pageTitle}` : pageTitle;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      if (ready) await showCounts(await loadPagefind(), query, filters, false, current);
      return;
    }
    // Said once, while Pagefind loads; later searches answer before a screen reader would finish it.
    if (!ready) status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      ready = true;
      const search = await pagefind.search(query || null, { filters });
      if (current !== generation || !search) return;
      pending = search.results;
      list.replaceChildren();
      await showMore(current);
      if (current !== generation) return;
      // For the benchmark: when the first results of this page view were on screen.
      if (performance.getEntriesByName('search:results').length === 0) performance.mark('search:results');
      status.textContent = describe(search.results.length, query, filters);
      await showCounts(pagefind, query, filters, true, current);
    } catch (cause) {
      if (current !== generation) return;
      status.textContent = 'Search could not load. You can still read the essays or browse the map.';
      console.error(new Error('search failed', { cause }));
    }
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of selects) {
      const value = params.get(select.name) ?? '';
      // An unknown value (an old link, a typo) would silently filter everything out: ignore it.
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  more.addEventListener('click', async () => {
    const first = await showMore(generation);
    first?.focus();
  });

  fromUrl();
  // Whoever opens the search page is about to search: fetch Pagefind now, not on the first keystroke;
  // but after the first frame is painted (rAF, then a task), so its start-up on the main thread never
  // holds back the page's first screen (Lighthouse counted it as the intro's render delay).
  requestAnimationFrame(() =>
    setTimeout(() => {
      loadPagefind().catch(() => {
        // run() reports a failure when a search needs it.
        loading = undefined;
      });
      void run();
    }),
  );
}
