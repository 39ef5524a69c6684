import { markRadius, type OverviewLayout } from '../../src/map/overview-layout.ts';

/** Pairs of drawn marks closer than their two radii (should be none). */
export function overlaps(layout: OverviewLayout): string[] {
  const found: string[] = [];
  for (let i = 0; i < layout.nodes.length; i += 1) {
    for (let j = i + 1; j < layout.nodes.length; j += 1) {
      const a = layout.nodes[i]!;
      const b = layout.nodes[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < markRadius(a.kind, a.r) + markRadius(b.kind, b.r)) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

/** Every coordinate pair in a path's data. */
const points = (d: string): [number, number][] => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** The marks, edges and chords that reach outside the layout's viewBox (should be none). */
export function outsideViewBox(layout: OverviewLayout): string[] {
  const found: string[] = [];
  for (const node of layout.nodes) {
    const r = markRadius(node.kind, node.r);
    if (!(node.x - r >= 0 && node.x + r <= layout.width && node.y - r >= 0 && node.y + r <= layout.height)) found.push(node.id);
  }
  for (const path of [...layout.edges, ...layout.chords]) {
    // A quadratic chord's control point lies outside; the curve itself reaches only halfway to it.
    const limit = path.d.includes('Q') ? 2 * layout.width : layout.width;
    if (points(path.d).some(([x, y]) => !(x >= 0 && x <= limit && y >= 0 && y <= layout.height))) found.push(path.d);
  }
  return found;
}
