import { didYouMean } from '../../words/did-you-mean.ts';

/**
 * The end of a message about an unknown id: `: did you mean "…"?` when a known id is close enough to
 * be a slip of it (`didYouMean`, the one home of did-you-mean), else `: ` and what to do otherwise.
 */
export function suggest(id: string, ids: readonly string[], otherwise: string): string {
  const close = didYouMean(id, ids);
  return close ? `: did you mean "${close}"?` : `: ${otherwise}`;
}
