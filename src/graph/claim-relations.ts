import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Relation } from '../schemas/relation.ts';
import { incomingDirection } from '../words/relation-labels.ts';

/** How another claim stands to this one, read from this claim's side. */
export const RELATION_DIRECTIONS = ['supports', 'rebuts', 'undercuts', 'supported-by', 'rebutted-by', 'undercut-by'] as const;

/** One relation of a claim, seen from that claim. */
export interface ClaimRelation {
  /**
   * `supports`/`rebuts`: this claim acts on the other; `supported-by`/`rebutted-by`: the other acts on
   * this one. `undercuts`: this claim denies that the other claim bears on `undercut.to`;
   * `undercut-by`: the other claim denies that this one bears on `undercut.to`.
   */
  direction: (typeof RELATION_DIRECTIONS)[number];
  /** The other claim; undefined when the other end is the central question. */
  other?: Claim;
  /** The other claim's essay (undefined for the question). */
  otherEssay?: GraphEssay;
  /** True when the other end is the central question. */
  question: boolean;
  /** True when the other claim is in another essay. */
  crossEssay: boolean;
  /** Our note on why the relation holds, when there is one. */
  note?: string;
  /** The relation's id in the graph. */
  id: string;
  /** True when the relation is marked contestable. */
  contestable: boolean;
  /** For `undercuts`/`undercut-by`: the relation undercut (its `from` is the claim whose bearing is denied). */
  undercut?: Relation;
}

/** Where the central question is shown: the root of the argument map (its element id there). */
export const QUESTION_HREF = '/map/#map-question';

/**
 * Every relation of one claim, both ways: what it supports and rebuts, and what supports and rebuts
 * it, in that order, each group in the graph's claim order.
 */
export function claimRelations(graph: Graph, id: string): ClaimRelation[] {
  const claims = new Map(graph.claims.map((claim, index) => [claim.id, { claim, index }]));
  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
  const self = claims.get(id)?.claim;
  const out: ClaimRelation[] = [];
  const relationsById = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const push = (relation: Relation, direction: ClaimRelation['direction'], otherId: string, undercut?: Relation): void => {
    const other = claims.get(otherId)?.claim;
    out.push({
      direction,
      other,
      otherEssay: other ? essays.get(other.essay) : undefined,
      question: otherId === graph.question.id && !other,
      crossEssay: Boolean(other && self && other.essay !== self.essay),
      note: relation.note,
      id: relation.id,
      contestable: relation.contestable === true,
      ...(undercut ? { undercut } : {}),
    });
  };
  for (const relation of graph.relations) {
    if (relation.type === 'undercuts') {
      const target = relationsById.get(relation.to);
      if (!target) continue;
      if (relation.from === id) push(relation, 'undercuts', target.from, target);
      if (target.from === id) push(relation, 'undercut-by', relation.from, target);
      continue;
    }
    if (relation.from === id) push(relation, relation.type, relation.to);
    else if (relation.to === id) push(relation, incomingDirection(relation.type), relation.from);
  }
  const order = (relation: ClaimRelation) =>
    RELATION_DIRECTIONS.indexOf(relation.direction) * 1e6 + (relation.other ? (claims.get(relation.other.id)?.index ?? 0) + 1 : 0);
  return out.sort((a, b) => order(a) - order(b));
}
