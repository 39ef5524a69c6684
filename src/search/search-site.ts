import { relaxedSearch, type ScoredResult } from './relaxed-search.ts';
import { isSiteWord, suggestQuery, wordsOf, type SiteWords } from './suggest.ts';

/** What a search of the site found. */
export interface SiteSearch<R> {
  /** The results, pages with every (known) word first. */
  results: R[];
  /** Words of the query that are in no page of the site, left out of the search. */
  unknown: string[];
  /** "Did you mean": the query with unknown words replaced by the nearest site words. */
  suggestion?: string;
}

/**
 * The search page's search, in one place so the tests run exactly what the page runs: words in no page
 * of the site are left out (Pagefind would otherwise match a prefix of them: "Minsk" found "min"), so a
 * word in no essay finds nothing; the rest go to `relaxedSearch`; unknown words get a suggestion. With
 * no word list (it failed to load), the query goes to Pagefind as it is.
 */
export async function searchSite<R extends ScoredResult>(search: (query: string) => Promise<R[]>, query: string, words: SiteWords | undefined): Promise<SiteSearch<R>> {
  if (!words) return { results: await relaxedSearch(search, query), unknown: [] };
  const unknown = wordsOf(query).filter((word) => !isSiteWord(word, words));
  const suggestion = unknown.length > 0 ? suggestQuery(query, words) : undefined;
  const kept = query.split(/\s+/).filter((part) => part && wordsOf(part).every((word) => !unknown.includes(word)));
  const results = kept.length > 0 ? await relaxedSearch(search, kept.join(' ')) : [];
  return { results, unknown, ...(suggestion ? { suggestion } : {}) };
}
