import { RESERVED_IDS, RESERVED_ID_PREFIXES } from '../reserved-ids.ts';
import { error } from '../problem.ts';
import type { ExtractedClaim, ExtractedEssay } from '../extract/extracted-essay.ts';
import type { GraphState } from './graph-state.ts';
import { where } from './where.ts';

const RESERVED = new Set<string>(RESERVED_IDS);

/**
 * Registers every essay's claims by id, refusing an id used twice, the question's id, an id the
 * site's pages use themselves, and an id a heading of the same essay gets on the page.
 */
export function registerClaims(state: GraphState, essays: readonly ExtractedEssay[]): void {
  for (const essay of essays) {
    for (const id of essay.broken) state.rejected.add(id);
    for (const claim of essay.claims) {
      const clash = claimIdClash(state, essay, claim);
      if (clash) {
        state.problems.push(error(claim.place, clash));
        state.rejected.add(claim.id);
      } else state.claimsById.set(claim.id, claim);
    }
  }
}

/** Why a claim cannot have its id, or undefined when it can. */
function claimIdClash(state: GraphState, essay: ExtractedEssay, claim: ExtractedClaim): string | undefined {
  const first = state.claimsById.get(claim.id);
  if (first) return `duplicate claim id "${claim.id}": first used at ${where(first.place)}; give this claim an id of its own`;
  if (claim.id === state.question.id) return `claim id "${claim.id}" is the question's id: choose another`;
  const prefix = RESERVED_ID_PREFIXES.find((start) => claim.id.startsWith(start));
  if (RESERVED.has(claim.id) || prefix) {
    return `claim id "${claim.id}" ${prefix ? `starts with "${prefix}", which the site's pages use for their own ids` : 'is an id the site\'s pages use themselves'}, so a link to #${claim.id} would land on the page's element, not the claim: choose another`;
  }
  const heading = essay.slugs.find((slug) => slug.id === claim.id);
  if (heading) {
    return `claim id "${claim.id}" is the id the heading at ${where(heading.place)} gets on the page (from its words), so a link to #${claim.id} would land on the heading: choose another`;
  }
  return undefined;
}
