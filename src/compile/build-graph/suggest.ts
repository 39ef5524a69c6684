import { distance as editDistance } from 'fastest-levenshtein';

/**
 * The end of a message about an unknown id: `: did you mean "…"?` when a known id is close
 * (within a quarter of its length, at least 2 edits), else `: ` and what to do otherwise.
 */
export function suggest(id: string, ids: readonly string[], otherwise: string): string {
  const close = ids
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(id.length / 4)))
    .sort((a, b) => a.distance - b.distance)[0];
  return close ? `: did you mean "${close.candidate}"?` : `: ${otherwise}`;
}
