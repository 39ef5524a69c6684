import { relationId } from '../../src/schemas/relation.ts';
import type { Graph } from '../../src/schemas/graph.ts';

/**
 * A graph with three undercuts added: one of a support, one of a rebuttal and one of the first undercut,
 * from claims that take part in neither, so the exports' undercut paths are tested whatever the content holds.
 */
export function withUndercuts(graph: Graph): Graph {
  const support = graph.relations.find((relation) => relation.type === 'supports' && relation.to !== graph.question.id);
  const rebuttal = graph.relations.find((relation) => relation.type === 'rebuts' && relation.to !== graph.question.id);
  if (!support || !rebuttal) throw new Error('withUndercuts: the graph needs a support and a rebuttal between claims');
  const others = graph.claims.filter((claim) => ![support.from, support.to, rebuttal.from, rebuttal.to].includes(claim.id));
  const [a, b, c] = others;
  if (!a || !b || !c) throw new Error('withUndercuts: the graph needs three claims outside those relations');
  const first = { from: a.id, type: 'undercuts' as const, to: support.id, note: 'Ours: it denies the support bears.' };
  const second = { from: b.id, type: 'undercuts' as const, to: relationId(first) };
  const third = { from: c.id, type: 'undercuts' as const, to: rebuttal.id };
  const added = [first, second, third].map((relation) => ({ ...relation, id: relationId(relation) }));
  return { ...graph, relations: [...graph.relations, ...added] };
}
