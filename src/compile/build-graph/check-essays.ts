import { RESERVED_ESSAY_IDS } from '../reserved-ids.ts';
import type { ExtractedEssay } from '../extract/extracted-essay.ts';
import { error, warning } from '../problem.ts';
import type { GraphState } from './graph-state.ts';
import { checkThesis } from './check-thesis.ts';

/**
 * Checks each essay as a whole, once its relations are known: an id the site keeps for itself,
 * its thesis (see `checkThesis`), and claims related to nothing (a warning).
 */
export function checkEssays(state: GraphState, essays: readonly ExtractedEssay[]): void {
  const related = new Set(state.relations.flatMap((relation) => [relation.from, relation.to]));
  for (const essay of essays) {
    if ((RESERVED_ESSAY_IDS as readonly string[]).includes(essay.id)) {
      state.problems.push(error({ file: essay.file, line: 1, column: 1 }, `essay id "${essay.id}" is taken by the site's own page /map/${essay.id}/: rename the file (its name is the essay's id)`));
    }
    checkThesis(state, essay);
    for (const claim of essay.claims) {
      if (!related.has(claim.id) && !state.rejected.has(claim.id) && !state.unchecked.has(claim.id) && claim.kind !== 'thesis') {
        state.problems.push(warning(claim.place, `claim "${claim.id}" has no relation: say what it supports or rebuts`));
      }
    }
  }
}
