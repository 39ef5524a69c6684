import type { Graph } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Relation } from '../schemas/relation.ts';

/** The claims a relation's note must quote: its `from` claim, and the claim it acts on (for an undercut, the undercut relation's `from`). */
export function notedClaims(graph: Graph, relation: Relation): { from: Claim | undefined; target: Claim | undefined; undercut?: Relation } {
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  if (relation.type !== 'undercuts') return { from: claims.get(relation.from), target: claims.get(relation.to) };
  const undercut = graph.relations.find((candidate) => candidate.id === relation.to);
  return { from: claims.get(relation.from), target: undercut && claims.get(undercut.from), ...(undercut ? { undercut } : {}) };
}

/** True when a relation joins claims of two essays (an undercut: when its claim and the undercut claim differ in essay). */
export function isCrossEssay(graph: Graph, relation: Relation): boolean {
  const { from, target } = notedClaims(graph, relation);
  return Boolean(from && target && from.essay !== target.essay);
}
