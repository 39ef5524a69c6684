import { countOf } from '../words/count-words.ts';
import { SEARCH_WORDS as W } from '../words/search-words.ts';

/** What the search page says after a search, in its live region. */
export interface StatusFacts {
  /** How many results in all (the list shows them ten at a time). */
  count: number;
  /** The query as typed. */
  query: string;
  /** Whether any filter is set. */
  filtered: boolean;
  /** Words of the query in no page of the site. */
  unknown: string[];
  /** The corrected query whose results are shown, when the typed one had a misspelling. */
  suggestion?: string;
}

/** “a”, “a” and “b”, “a”, “b” and “c”: quoted words in a list. */
function quotedList(words: string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(words.map((word) => `“${word}”`));
}

/**
 * The one line the search page says about a search: “12 results for “regime security”.”, or for a
 * misspelling the corrected query whose results are shown (“Showing results for “negotiations”: …”),
 * said once; words in no essay and not corrected are named as left out.
 */
export function statusText({ count, query, filtered, unknown, suggestion }: StatusFacts): string {
  const found = count === 0 ? W.noResults : countOf(count, 'result', { figures: true });
  const narrowed = filtered ? W.withFilters : '';
  if (suggestion) return `${W.showingFor} “${suggestion}”: ${found}${narrowed}. ${W.noEssayHas(unknown.length)} ${quotedList(unknown)}.`;
  const head = query ? `${found} for “${query}”${narrowed}.` : `${found}${narrowed}.`;
  if (unknown.length === 0) return head;
  return `${head} ${W.noEssayHas(unknown.length)} ${quotedList(unknown)}${count > 0 ? `, ${W.leftOut(unknown.length)}` : ''}.`;
}
