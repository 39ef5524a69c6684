import type { ExtractedRelation } from '../extract/extracted-essay.ts';
import { error, type Problem } from '../problem.ts';

/** Finds cycles among `supports` relations: a claim cannot, through others, support itself. */
export function findSupportCycles(relations: readonly ExtractedRelation[]): Problem[] {
  const edges = new Map<string, ExtractedRelation[]>();
  for (const relation of relations) {
    if (relation.type !== 'supports') continue;
    edges.set(relation.from, [...(edges.get(relation.from) ?? []), relation]);
  }
  const problems: Problem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const stack: ExtractedRelation[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const relation of edges.get(id) ?? []) {
      const next = state.get(relation.to);
      if (next === 'open') {
        const start = stack.findIndex((edge) => edge.from === relation.to);
        const cycle = [...stack.slice(start === -1 ? stack.length : start), relation];
        const key = cycle.map((edge) => edge.from).sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const path = [...cycle.map((edge) => edge.from), relation.to].join(' -> ');
          problems.push(error(relation.place, `supports-cycle: ${path}: a claim cannot support itself through others; remove or reverse one of these relations`));
        }
      } else if (next === undefined) {
        stack.push(relation);
        visit(relation.to);
        stack.pop();
      }
    }
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return problems;
}
