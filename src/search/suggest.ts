import { distance } from 'fastest-levenshtein';

/** The site's own words, as `scripts/index-search.ts` writes them: word -> how often it occurs. */
export type SiteWords = Record<string, number>;

/** Splits text into lower-case words the way the word list is made (letters, digits, inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replace(/’/g, "'"));
}

/** How far a word may be from a site word to be taken for a misspelling of it. */
function tolerance(word: string): number {
  return word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
}

/**
 * "Did you mean": the query with each word that is in none of the site's words (not even as the start
 * of one, which Pagefind would match) replaced by the closest site word (Levenshtein distance, within
 * a tolerance growing with length; ties go to the more frequent word). `undefined` when every word is
 * known or none has a close match.
 */
export function suggestQuery(query: string, words: SiteWords): string | undefined {
  const known = Object.keys(words);
  let changed = false;
  const out = wordsOf(query).map((word) => {
    if (words[word] !== undefined || known.some((candidate) => candidate.startsWith(word))) return word;
    let best: string | undefined;
    let bestDistance = tolerance(word) + 1;
    for (const candidate of known) {
      if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const d = distance(word, candidate);
      if (d < bestDistance || (d === bestDistance && best !== undefined && words[candidate]! > words[best]!)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (!best || bestDistance > tolerance(word)) return word;
    changed = true;
    return best;
  });
  return changed ? out.join(' ') : undefined;
}
