/** The part of a Pagefind search result this module needs. */
export interface ScoredResult {
  /** Pagefind's id for the page. */
  id: string;
  /** Pagefind's relevance score. */
  score: number;
}

/** Runs one Pagefind search: `pagefind.search(query, { filters })`, returning its results. */
export type SearchFn<R extends ScoredResult> = (query: string) => Promise<R[]>;

/** Words too common to be the word a reader remembers wrongly. */
const COMMON = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'with']);

/**
 * Searches for a half-remembered phrase. Pagefind returns only pages holding every word of a query,
 * so one word the reader misremembers ("freeze the *front* lines") hides the claim they want. This
 * runs the query as given, then (for three words or more) the query with each uncommon word left out
 * in turn, and returns the pages matching every word first, then those matching all but one, each
 * group by Pagefind's score. Ranking within a query stays Pagefind's own.
 */
export async function relaxedSearch<R extends ScoredResult>(search: SearchFn<R>, query: string): Promise<R[]> {
  const exact = await search(query);
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return exact;
  const seen = new Set(exact.map((result) => result.id));
  const near = new Map<string, R>();
  for (let index = 0; index < words.length; index++) {
    if (COMMON.has(words[index]!.toLowerCase())) continue;
    const fewer = words.filter((_, other) => other !== index).join(' ');
    for (const result of await search(fewer)) {
      if (seen.has(result.id)) continue;
      const kept = near.get(result.id);
      if (!kept || kept.score < result.score) near.set(result.id, result);
    }
  }
  return [...exact, ...[...near.values()].sort((a, b) => b.score - a.score)];
}
