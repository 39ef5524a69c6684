import { relaxedSearch, type ScoredResult } from './relaxed-search.ts';
import { isSiteWord, suggestQuery, wordsOf, type SiteWords } from './suggest.ts';

/** What a search of the site found. */
export interface SiteSearch<R> {
  /** The results, pages with every (known) word first: for `suggestion` when there is one. */
  results: R[];
  /** Words of the query that are in no page of the site: corrected, or else left out of the search. */
  unknown: string[];
  /**
   * The query with its unknown words replaced by the nearest site words, when any has one: the
   * results are this query's ("Showing results for negotiations"), shown at once, not offered as a link.
   */
  suggestion?: string;
}

/** The parts of `query` (as typed) that hold no word outside `unknown`. */
function knownParts(query: string, unknown: string[]): string[] {
  return query.split(/\s+/).filter((part) => part && wordsOf(part).every((word) => !unknown.includes(word)));
}

/**
 * The search page's search, in one place so the tests run exactly what the page runs: words in no page
 * of the site are corrected to the nearest site word when one is near (`suggestQuery`), and the
 * corrected query is searched at once; words with no near site word are left out (Pagefind would
 * otherwise match a prefix of them: "Minsk" found "min"), so a word in no essay finds nothing; the
 * rest go to `relaxedSearch`. With no word list (it failed to load), the query goes to Pagefind as it is.
 */
export async function searchSite<R extends ScoredResult>(search: (query: string) => Promise<R[]>, query: string, words: SiteWords | undefined): Promise<SiteSearch<R>> {
  if (!words) return { results: await relaxedSearch(search, query), unknown: [] };
  const unknown = wordsOf(query).filter((word) => !isSiteWord(word, words));
  const found = await searchCorrected(search, query, words, unknown, unknown.length > 0 ? suggestQuery(query, words) : undefined);
  if (found.results.length > 0 || found.suggestion) return found;
  // Nothing found, though every word looked like a site word's stem ("sanctons" shares "sanct" with
  // "sanctions"): correct the words the site does not have exactly, when one is a slip away.
  const loose = wordsOf(query).filter((word) => words[word] === undefined);
  const retry = suggestQuery(query, words, (word) => loose.includes(word));
  return retry ? searchCorrected(search, query, words, loose.filter((word) => retry.split(' ').every((kept) => kept !== word)), retry) : found;
}

/** Searches `suggestion` (or `query`), leaving out words the site does not have. */
async function searchCorrected<R extends ScoredResult>(search: (query: string) => Promise<R[]>, query: string, words: SiteWords, unknown: string[], suggestion: string | undefined): Promise<SiteSearch<R>> {
  const asked = suggestion ?? query;
  const kept = knownParts(asked, suggestion ? wordsOf(asked).filter((word) => !isSiteWord(word, words)) : unknown);
  const results = kept.length > 0 ? await relaxedSearch(search, kept.join(' ')) : [];
  return { results, unknown, ...(suggestion ? { suggestion } : {}) };
}
