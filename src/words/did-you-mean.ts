import { distance } from 'fastest-levenshtein';

/**
 * How many single-character edits (Levenshtein) a slip of a `length`-character word or id may be:
 * none up to 2 characters, 1 up to 5 ("kagen" for "kagan", but not "minsk" for "risk", 2 apart),
 * then a quarter of the length, at least 2 ("negotations", "kagan-pause-not-nd").
 */
export function slipTolerance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  return Math.max(2, Math.floor(length / 4));
}

/**
 * "Did you mean": the candidate nearest to `typed` (Levenshtein), when it is near enough to be a slip
 * of it (`slipTolerance`), and, unless it is one edit away, starts with the same character: a
 * suggestion is never less like what was typed than a slip would be. Ties go to the candidate with the
 * greater `weight` (how often a word occurs), then to the first. The one home of did-you-mean: the
 * search page's spelling suggestions and the compiler's and checks' unknown-id messages all call it.
 */
export function didYouMean(typed: string, candidates: Iterable<string>, weight: (candidate: string) => number = () => 0): string | undefined {
  const tolerance = slipTolerance(typed.length);
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    if (candidate === typed || Math.abs(candidate.length - typed.length) > tolerance) continue;
    const d = distance(typed, candidate);
    if (d > tolerance || (d > 1 && candidate[0] !== typed[0])) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && weight(candidate) > weight(best))) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
