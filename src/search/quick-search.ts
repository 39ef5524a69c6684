import { foldText, wordsOf } from './suggest.ts';

/**
 * The id of the quick index in the search page: a `<script type="application/json">` data block that
 * scripts/index-search.ts (prepareSearchPage) writes into the built page when the index is within its
 * budget, so the first results need no request of their own. No block, no quick results.
 */
export const QUICK_INDEX_ID = 'search-quick-index';

/**
 * One entry of the prebuilt quick index (in the search page, `QUICK_INDEX_ID`, written by scripts/index-search.ts
 * from what it gives Pagefind): a result's link, its label and meta as Pagefind shows them, and its own words.
 */
export interface QuickEntry {
  /** Site-relative URL (`/claims/<id>/`). */
  url: string;
  /** The result's label (a claim's title, an essay's title). */
  label: string;
  /** Its kind as the results list names it ("Reason", "Whole essay"). */
  kind: string;
  /** The essay's title. */
  essay: string;
  /** The essay's author. */
  author: string;
  /** The words the result is found by: a claim's own text (an essay's entry has none: found by its label). */
  text: string;
}

/** A quick result: the entry, and an excerpt in Pagefind's form (text, entities escaped, `<mark>` around matches). */
interface QuickResult {
  entry: QuickEntry;
  excerpt: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `word` (one match of the word pattern) as wordsOf gives it; an ASCII word is only lower-cased, without wordsOf's Unicode pattern. */
const foldWord = (word: string): string | undefined => (/^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : wordsOf(word)[0]);

/** `text` as Pagefind's excerpt HTML, each word that starts with a query word marked. */
function markWords(text: string, query: string[]): string {
  return text.replace(/([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)|[^\p{L}\p{N}]+/gu, (part, word?: string) => {
    const folded = word === undefined ? undefined : foldWord(word);
    return folded && query.some((asked) => folded.startsWith(asked)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
  });
}

/**
 * The search page's first answer, from the quick index while Pagefind loads: the entries whose label or
 * own words hold every word of `query` (a word of theirs starting with it, as Pagefind matches prefixes),
 * those with more of the words in their label first, then more matches, then site order. Empty when any
 * word is in no entry: a misspelling waits for Pagefind and the word list's correction.
 */
export function quickSearch(entries: QuickEntry[], query: string, limit: number): QuickResult[] {
  const asked = [...new Set(wordsOf(query))];
  if (asked.length === 0) return [];
  const scored: { entry: QuickEntry; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    // Every word wordsOf finds is a stretch of the folded text, so an entry it lacks a query word in cannot
    // match: most entries are left here, before the costlier split into words (a phone's CPU, cold code).
    const folded = foldText(`${entry.label} ${entry.text}`);
    if (!asked.every((word) => folded.includes(word))) return;
    const label = wordsOf(entry.label);
    const text = wordsOf(entry.text);
    const hits = (words: string[], word: string) => words.filter((candidate) => candidate.startsWith(word)).length;
    if (!asked.every((word) => hits(label, word) + hits(text, word) > 0)) return;
    const score = asked.reduce((sum, word) => sum + (hits(label, word) > 0 ? 100 : 0) + hits(text, word), 0);
    scored.push({ entry, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit).map(({ entry }) => ({ entry, excerpt: markWords(entry.text || entry.label, asked) }));
}
