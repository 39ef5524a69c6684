import { didYouMean } from '../words/did-you-mean.ts';

/** The site's own words, as `scripts/index-search.ts` writes them: word -> how often it occurs. */
export type SiteWords = Record<string, number>;

/** `text` as words are compared: lower case, composed (NFC), curly apostrophes straight. */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/’/g, "'");
}

/** Splits text into lower-case words the way the word list is made (letters, digits, inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Whether the site has `word` (lower case) in some form Pagefind would match: a site word starts with
 * it (Pagefind matches prefixes), or shares with a site word a start long enough to be the same stem
 * ("freezing" and "freeze", "incentives" and "incentive"). Not when they share only a short start:
 * Pagefind, finding no word, backtracks to the longest prefix it has ("minsk" to "min"), and cannot
 * be configured not to (Pagefind issue #780), so the search page leaves such words out itself.
 */
export function isSiteWord(word: string, words: SiteWords): boolean {
  if (words[word] !== undefined) return true;
  const stem = Math.max(4, word.length - 3);
  for (const candidate of Object.keys(words)) {
    if (candidate.startsWith(word)) return true;
    if (word.length >= 4 && candidate.length >= stem && word.slice(0, stem) === candidate.slice(0, stem)) return true;
  }
  return false;
}

/**
 * "Did you mean": the query with each word the site does not have (`isSiteWord`) replaced by the
 * nearest site word (`didYouMean`: a slip's distance, ties to the more frequent word). `undefined`
 * when every word is known or none has a near match ("minsk" suggests nothing, not "risk").
 * `misspelt` says which words to correct (by default those the site does not have).
 */
export function suggestQuery(query: string, words: SiteWords, misspelt: (word: string) => boolean = (word) => !isSiteWord(word, words)): string | undefined {
  let changed = false;
  const out = wordsOf(query).map((word) => {
    if (!misspelt(word)) return word;
    const best = didYouMean(word, Object.keys(words), (candidate) => words[candidate] ?? 0);
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? out.join(' ') : undefined;
}
