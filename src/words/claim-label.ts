import type { Claim } from '../schemas/claim.ts';
import { shortenText } from './shorten-text.ts';

/** How long a label made from a claim's own words may be when it has no title yet. */
const FALLBACK_MAX = 60;

/**
 * The one way the site names a claim in brief (map boxes, relation items, clashes, search results,
 * cards, the handout's table, Argdown titles): its title, which is ours, or, while it has none, its
 * opening words shortened. `ours` says which, so a view can mark a title as our words.
 */
export function claimLabel(claim: Pick<Claim, 'text' | 'title'>): { text: string; ours: boolean } {
  if (claim.title) return { text: claim.title, ours: true };
  return { text: shortenText(claim.text, { max: FALLBACK_MAX }), ours: false };
}
