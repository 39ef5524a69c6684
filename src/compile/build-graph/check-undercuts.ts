import { relationId } from '../../schemas/relation.ts';
import type { ExtractedRelation } from '../extract/extracted-essay.ts';
import { error, type Problem } from '../problem.ts';
import type { GraphState } from './graph-state.ts';
import { duplicateRelation } from './duplicate-relation.ts';
import { suggest } from './suggest.ts';

/**
 * Checks the undercuts, after the relations they may target, and accepts the sound ones into
 * `state.relations`. An undercut's target id contains the target's own target, so each is checked
 * after any shorter one it may undercut; a cycle of undercuts would need an id that contains
 * itself, and cannot be written.
 */
export function checkUndercuts(state: GraphState, undercuts: readonly ExtractedRelation[]): void {
  const byId = new Map(state.relations.map((relation) => [relationId(relation), relation]));
  const sorted = [...undercuts].sort((a, b) => a.to.length - b.to.length);
  for (const relation of sorted) {
    if (state.rejected.has(relation.from)) {
      state.unchecked.add(relation.from);
      continue;
    }
    const problem = undercutProblem(state, byId, relation);
    if (problem) {
      state.problems.push(problem);
      continue;
    }
    state.relations.push(relation);
    byId.set(relationId(relation), relation);
  }
}

/** Why an undercut is refused, or undefined when it is sound. */
function undercutProblem(state: GraphState, byId: ReadonlyMap<string, ExtractedRelation>, relation: ExtractedRelation): Problem | undefined {
  const { claimsById, question } = state;
  if (!claimsById.has(relation.from)) {
    return error(relation.place, `undercuts names unknown claim "${relation.from}"${suggest(relation.from, [...claimsById.keys()], 'check the id, or mark that claim first')}`);
  }
  const target = byId.get(relation.to);
  if (!target) {
    const ids = [...byId.keys()];
    const example = ids.find((id) => id.endsWith(`--${relation.to}`));
    const hint = claimsById.has(relation.to) || relation.to === question.id
      ? `: "${relation.to}" is a claim; an undercut targets a relation, written <from>--<type>--<to>${example ? `, e.g. "${example}"` : ''}`
      : suggest(relation.to, ids, 'name a relation declared in the essays, as <from>--<type>--<to>');
    return error(relation.place, `undercuts names unknown relation "${relation.to}"${hint}`);
  }
  if (target.type === 'undercuts') {
    // The map, the notes and the exports draw an undercut against a claim's support or rebuttal;
    // one against another undercut has no claim to stand beside, so it is refused here, at its line.
    return error(
      relation.place,
      `::undercuts targets "${relation.to}", which is itself an undercut: an undercut denies that a claim bears on another, so it targets a supports or rebuts relation; to answer the undercutting claim "${target.from}", rebut it (rebuts="${target.from}") or undercut the relation it rests on`,
    );
  }
  if (target.from === relation.from) {
    return error(relation.place, `claim "${relation.from}" undercuts its own relation "${relation.to}": a claim cannot deny that it bears on its own target; remove one of them`);
  }
  return duplicateRelation(state.seen, relation);
}
