import type { ExtractedRelation } from '../extract/extracted-essay.ts';
import { error, type Problem } from '../problem.ts';

/**
 * Finds cycles among `supports` relations: a claim cannot, through others, support itself.
 * Depth-first with an explicit stack, not recursion: a chain of 20,000 supports is content-sized,
 * and the call stack is not.
 */
export function findSupportCycles(relations: readonly ExtractedRelation[]): Problem[] {
  const edges = new Map<string, ExtractedRelation[]>();
  for (const relation of relations) {
    if (relation.type !== 'supports') continue;
    const list = edges.get(relation.from);
    if (list) list.push(relation);
    else edges.set(relation.from, [relation]);
  }
  const problems: Problem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  // The path being explored: each claim with the index of its next relation to follow, and the edge taken to it.
  const frames: Array<{ id: string; next: number; via?: ExtractedRelation }> = [];
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    frames.push({ id: root, next: 0 });
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const out = edges.get(frame.id) ?? [];
      if (frame.next >= out.length) {
        state.set(frame.id, 'done');
        frames.pop();
        continue;
      }
      const relation = out[frame.next++]!;
      const next = state.get(relation.to);
      if (next === 'open') {
        const start = frames.findIndex((entry) => entry.id === relation.to);
        const cycle = [...frames.slice(start + 1).map((entry) => entry.via!), relation];
        const key = cycle.map((edge) => edge.from).sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const path = [...cycle.map((edge) => edge.from), relation.to].join(' -> ');
          problems.push(error(relation.place, `supports-cycle: ${path}: a claim cannot support itself through others; remove or reverse one of these relations`));
        }
      } else if (next === undefined) {
        state.set(relation.to, 'open');
        frames.push({ id: relation.to, next: 0, via: relation });
      }
    }
  }
  return problems;
}
