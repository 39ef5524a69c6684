import type { ExtractedRelation } from '../extract/extracted-essay.ts';
import { error, type Problem } from '../problem.ts';
import type { GraphState } from './graph-state.ts';
import { duplicateRelation } from './duplicate-relation.ts';
import { suggest } from './suggest.ts';

/**
 * Checks the supports and rebuts relations of all essays and accepts the sound ones into
 * `state.relations`: both ends known, not from the question, not to itself, declared once, only a
 * thesis answering the question, and a note on every cross-essay relation.
 */
export function checkRelations(state: GraphState, declared: readonly ExtractedRelation[]): void {
  const { question, claimsById, rejected } = state;
  const known = (id: string) => id === question.id || claimsById.has(id);
  for (const relation of declared) {
    const skip = rejected.has(relation.from) || (relation.to !== question.id && rejected.has(relation.to));
    if (skip) state.unchecked.add(relation.from);
    let ok = !skip;
    for (const end of ['from', 'to'] as const) {
      const id = relation[end];
      if (!known(id) && !rejected.has(id)) {
        state.problems.push(error(relation.place, `${relation.type} names unknown claim "${id}"${suggest(id, [...claimsById.keys(), question.id], 'check the id, or mark that claim first')}`));
        ok = false;
      }
    }
    if (!ok) continue;
    const problem = relationProblem(state, relation);
    if (problem) state.problems.push(problem);
    else state.relations.push(relation);
  }
}

/** Why a relation between two known ends is refused, or undefined when it is sound. */
function relationProblem(state: GraphState, relation: ExtractedRelation): Problem | undefined {
  const { question, claimsById } = state;
  if (relation.from === question.id) {
    return error(relation.place, `the question "${question.id}" cannot ${relation.type.replace(/s$/, '')} a claim: relations point at the question, not from it`);
  }
  if (relation.from === relation.to) return error(relation.place, `claim "${relation.from}" ${relation.type} itself: point the relation at another claim`);
  const duplicate = duplicateRelation(state.seen, relation);
  if (duplicate) return duplicate;
  const fromEssay = claimsById.get(relation.from)?.essay;
  const toEssay = relation.to === question.id ? undefined : claimsById.get(relation.to)?.essay;
  if (relation.to === question.id && claimsById.get(relation.from)?.kind !== 'thesis') {
    return error(relation.place, `only an essay's thesis answers the question directly: "${relation.from}" is not a thesis; relate it to a claim instead`);
  }
  if (toEssay !== undefined && fromEssay !== toEssay && !relation.note) {
    return error(relation.place, `cross-essay relation "${relation.from}" ${relation.type} "${relation.to}" has no note: write it as ::${relation.type}[why it holds]{from=${relation.from} to=${relation.to}}`);
  }
  return undefined;
}
