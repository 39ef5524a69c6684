/** The part of a Pagefind search result this module needs. */
export interface ScoredResult {
  /** Pagefind's id for the page. */
  id: string;
  /** Pagefind's relevance score. */
  score: number;
}

/** Runs one Pagefind search: `pagefind.search(query, { filters })`, returning its results. */
export type SearchFn<R extends ScoredResult> = (query: string) => Promise<R[]>;

/** Words too common to tell one claim from another; they never count towards a near match. */
const COMMON = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'do', 'for', 'from', 'has', 'have', 'he', 'his', 'i', 'if', 'in', 'is', 'it', 'its',
  'not', 'of', 'on', 'or', 'so', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'was', 'we', 'were', 'will', 'with', 'would',
  // Contractions are function words too; Pagefind splits them into pieces ("won", "t") that look rare.
  "won't", "don't", "can't", "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "wouldn't", "couldn't", "shouldn't", "it's", "that's",
]);

/**
 * Searches for a half-remembered phrase. Pagefind returns only pages holding every word of a query,
 * so one word the reader remembers wrongly ("freeze the *front* lines") hides the claim they want.
 * This runs the query as given; then, for three words or more, each uncommon word on its own, and
 * adds the pages holding at least two of those words, by the sum of Pagefind's scores for them (which
 * weigh rare words above common ones). Pages holding every word come first, in Pagefind's own order.
 */
export async function relaxedSearch<R extends ScoredResult>(search: SearchFn<R>, query: string): Promise<R[]> {
  const exact = await search(query);
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean))];
  if (words.length < 3) return exact;
  const uncommon = words.filter((word) => !COMMON.has(word.toLowerCase().replace(/[’']/g, "'")));
  const seen = new Set(exact.map((result) => result.id));
  const near = new Map<string, { result: R; count: number; score: number }>();
  for (const word of uncommon) {
    for (const result of await search(word)) {
      if (seen.has(result.id)) continue;
      const kept = near.get(result.id) ?? { result, count: 0, score: 0 };
      kept.count++;
      kept.score += result.score;
      near.set(result.id, kept);
    }
  }
  // Pagefind's score for one word already weighs how rare the word is (a claim holding "delay" and
  // "invasion" beats one holding "talks" and "could"), so near matches rank by the sum of their scores.
  const ranked = [...near.values()].filter((entry) => entry.count >= 2).sort((a, b) => b.score - a.score || b.count - a.count);
  return [...exact, ...ranked.map((entry) => entry.result)];
}
