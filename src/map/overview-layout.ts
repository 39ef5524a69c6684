import { tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Relation, RelationType } from '../schemas/relation.ts';
import type { Claim } from '../schemas/claim.ts';
import { treeEdgeType, type MapDatum, type MapHierarchy } from './to-hierarchy.ts';

/** Geometry of the overview, in viewBox units. */
export interface OverviewOptions {
  /** Distance between neighbouring nodes across the tree (down the page). */
  breadth: number;
  /** Distance between two levels of the tree (across the page). */
  levelGap: number;
  /** Radius of a claim's mark (a thesis's is larger, see `markPath`). */
  radius: number;
  /** Empty border round the drawing. */
  margin: number;
  /** Room left of the question for its label. */
  labelRoom: number;
  /** Room right of the deepest level for the cross-link chords' bulge. */
  chordRoom: number;
  /** At most this many nodes are drawn: deeper levels are left out, whole, until the tree fits (never the theses). */
  maxNodes: number;
  /** The drawing is never taller than this: a taller tree is squeezed, and its marks shrink so none overlap. */
  maxHeight: number;
  /** Least distance between two thesis labels, down the page: a label with less room is left out. */
  labelGap: number;
}

/** The overview's default geometry: readable at about 0.85 scale on a phone, 60 claims in about 600 units high. */
export const OVERVIEW: OverviewOptions = {
  breadth: 16,
  levelGap: 76,
  radius: 5,
  margin: 10,
  labelRoom: 8,
  chordRoom: 30,
  maxNodes: 400,
  maxHeight: 1600,
  labelGap: 15,
};

/** What a node's mark stands for: its claim's kind, or the question. */
export type OverviewKind = Claim['kind'] | 'question';

/** A positioned node of the overview. */
export interface OverviewNode {
  /** Claim id, or the question's id. */
  id: string;
  /** Depth in the spanning tree (question = 0). */
  depth: number;
  /** The claim's kind, or `question`. */
  kind: OverviewKind;
  /** The claim's essay id; undefined for the question. */
  essay?: string;
  /** How it hangs under its parent. */
  relation: Exclude<RelationType, 'undercuts'> | 'placed' | 'root';
  /** Centre, across the page (depth). */
  x: number;
  /** Centre, down the page. */
  y: number;
  /** Radius of the mark (see `markPath`). */
  r: number;
  /** Nodes below this one that the overview leaves out (deeper than the levels drawn). */
  omitted: number;
  /** True when a thesis has room for its label (the author's name) without touching another. */
  labelled: boolean;
}

/** A tree edge, from the parent's mark to the child's. */
export interface OverviewEdge {
  /** The child's id. */
  from: string;
  /** The parent's id. */
  to: string;
  /** The relation it draws; undefined for a fallback placement. */
  relation?: Relation;
  /** SVG path data: a horizontal S-curve. */
  d: string;
}

/** A relation that is not a tree edge, drawn as a faint chord bulging to the right. */
export interface OverviewChord {
  /** The relation. */
  relation: Relation;
  /** SVG path data: a quadratic curve. */
  d: string;
}

/** The whole overview: nodes, edges and chords inside `0 0 width height`. */
export interface OverviewLayout {
  /** Drawn nodes, in tree pre-order. */
  nodes: OverviewNode[];
  /** One per drawn non-root node. */
  edges: OverviewEdge[];
  /** One per cross-link whose two ends are both drawn. */
  chords: OverviewChord[];
  /** Deepest level drawn (the tree may go deeper: see `omitted`). */
  depth: number;
  /** Nodes of the tree left out of the drawing. */
  omitted: number;
  /** Width of the viewBox. */
  width: number;
  /** Height of the viewBox. */
  height: number;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The radius a mark of this kind gets, for a claim radius `r`. */
export function markRadius(kind: OverviewKind, r: number): number {
  // A triangle fills less of its circle than a circle or square does: a larger circle evens them out.
  return kind === 'question' ? r * 1.8 : kind === 'thesis' ? r * 1.5 : kind === 'reported' ? r * 1.25 : r;
}

/**
 * The outline of a node's mark, so the kind of claim shows by shape, not only colour: the question and
 * theses large circles, reasons circles, evidence squares, concessions diamonds, reported positions
 * triangles, reader comments small circles (drawn hollow by the stylesheet). Every shape fits in the
 * circle of `markRadius(kind, r)` round (x, y).
 */
export function markPath(kind: OverviewKind, x: number, y: number, r: number): string {
  const radius = round(markRadius(kind, r));
  const circle = (rr: number) => `M${round(x - rr)},${round(y)}a${rr},${rr} 0 1,0 ${round(2 * rr)},0a${rr},${rr} 0 1,0 ${round(-2 * rr)},0Z`;
  switch (kind) {
    case 'evidence': {
      const s = round(radius * 0.8);
      return `M${round(x - s)},${round(y - s)}h${round(2 * s)}v${round(2 * s)}h${round(-2 * s)}Z`;
    }
    case 'concession':
      return `M${round(x)},${round(y - radius)}L${round(x + radius)},${round(y)}L${round(x)},${round(y + radius)}L${round(x - radius)},${round(y)}Z`;
    case 'reported':
      // The largest equilateral triangle in the circle: its corners on it.
      return `M${round(x)},${round(y - radius)}L${round(x + radius * 0.866)},${round(y + radius / 2)}L${round(x - radius * 0.866)},${round(y + radius / 2)}Z`;
    case 'reader':
      return circle(round(radius * 0.8));
    default:
      return circle(radius);
  }
}

/** The tree edge from a parent at (x0, y0) to a child at (x1, y1): leaves and arrives level. */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const mid = round((x0 + x1) / 2);
  return `M${round(x0)},${round(y0)}C${mid},${round(y0)} ${mid},${round(y1)} ${round(x1)},${round(y1)}`;
}

/** The chord of a cross-link: a quadratic curve bulging right by `bulge` at its middle. */
export function chordPath(x0: number, y0: number, x1: number, y1: number, bulge: number): string {
  // With the control point 2 × bulge right of the rightmost end, the curve never goes further right than bulge.
  const cx = round(Math.max(x0, x1) + 2 * bulge);
  return `M${round(x0)},${round(y0)}Q${cx},${round((y0 + y1) / 2)} ${round(x1)},${round(y1)}`;
}

/**
 * Lays the same spanning tree the indented map uses (`toHierarchy`) out as a tidy tree, d3-hierarchy's
 * `tree()` (Reingold–Tilford): the question on the left, each thesis a branch, each level a column to
 * the right. Built for a picture of the whole at a glance, in a fixed, bounded viewBox:
 * - above `maxNodes` nodes, whole levels are left out from the deepest up (never the theses), and each
 *   drawn node says how many it stands for (`omitted`);
 * - a tree taller than `maxHeight` is squeezed to it, its marks shrinking so that none overlap;
 * - cross-links are drawn as chords only when both of their ends are drawn.
 * Pure: the hierarchy is copied, not laid out in place.
 */
export function layoutOverview(hierarchy: MapHierarchy, options: Partial<OverviewOptions> = {}): OverviewLayout {
  const o: OverviewOptions = { ...OVERVIEW, ...options };
  const root = hierarchy.root.copy();
  const total = root.descendants().length;

  // The deepest level that keeps the drawing within maxNodes (at least the theses).
  const perLevel: number[] = [];
  root.each((node) => { perLevel[node.depth] = (perLevel[node.depth] ?? 0) + 1; });
  let depth = Math.min(1, perLevel.length - 1);
  for (let level = depth + 1, count = (perLevel[0] ?? 0) + (perLevel[1] ?? 0); level < perLevel.length; level += 1) {
    count += perLevel[level]!;
    if (count > o.maxNodes) break;
    depth = level;
  }
  const omittedBelow = new Map<string, number>();
  root.each((node) => {
    if (node.depth === depth && node.children) {
      omittedBelow.set(node.data.id, node.descendants().length - 1);
      delete node.children;
    }
  });

  const laid: HierarchyPointNode<MapDatum> = tree<MapDatum>()
    .nodeSize([o.breadth, o.levelGap])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);
  const drawn = laid.descendants();
  const minY = Math.min(...drawn.map((node) => node.x));
  const maxY = Math.max(...drawn.map((node) => node.x));
  const span = maxY - minY;
  // Squeeze down the page when the tree is taller than allowed; marks shrink so that neighbours,
  // at least `breadth * squeeze` apart, never touch (a thesis mark is 1.5 r: keep 2 × 1.5 r < gap).
  const squeeze = Math.min(1, (o.maxHeight - 2 * o.margin - 4 * o.radius) / Math.max(1, span));
  const r = Math.min(o.radius, (o.breadth * squeeze) / 3.2);
  const top = o.margin + markRadius('question', r);
  const left = o.margin + o.labelRoom + markRadius('question', r);

  const nodes: OverviewNode[] = [];
  const byId = new Map<string, OverviewNode>();
  laid.eachBefore((node) => {
    const claim = node.data.claim;
    const kind: OverviewKind = claim?.kind ?? 'question';
    const placed: OverviewNode = {
      id: node.data.id,
      depth: node.depth,
      kind,
      ...(claim ? { essay: claim.essay } : {}),
      relation: node.parent === null ? 'root' : (treeEdgeType(node.data.relation) ?? 'placed'),
      x: round(left + node.y),
      y: round(top + (node.x - minY) * squeeze),
      r: round(r),
      omitted: omittedBelow.get(node.data.id) ?? 0,
      labelled: false,
    };
    nodes.push(placed);
    byId.set(placed.id, placed);
  });

  // A thesis's label sits just above its mark: drawn only when there is room for it between this mark and
  // the thesis above (so it touches no mark) and it keeps labelGap from the label above.
  let lastLabel = Number.NEGATIVE_INFINITY;
  let lastThesis = Number.NEGATIVE_INFINITY;
  for (const node of nodes.filter((n) => n.kind === 'thesis' && n.depth === 1).sort((a, b) => a.y - b.y)) {
    if (node.y - lastThesis >= o.labelGap + 2 * markRadius('thesis', r) && node.y - lastLabel >= o.labelGap) {
      node.labelled = true;
      lastLabel = node.y;
    }
    lastThesis = node.y;
  }

  const edges: OverviewEdge[] = [];
  for (const node of laid.descendants()) {
    if (!node.parent) continue;
    const child = byId.get(node.data.id)!;
    const parent = byId.get(node.parent.data.id)!;
    edges.push({
      from: child.id,
      to: parent.id,
      ...(node.data.relation ? { relation: node.data.relation } : {}),
      d: linkPath(parent.x + markRadius(parent.kind, r), parent.y, child.x - markRadius(child.kind, r), child.y),
    });
  }

  const maxX = Math.max(...nodes.map((node) => node.x));
  const height = Math.ceil(Math.max(...nodes.map((node) => node.y)) + markRadius('question', r) + o.margin);
  const chords: OverviewChord[] = [];
  for (const relation of hierarchy.crossLinks) {
    const a = byId.get(relation.from);
    const b = byId.get(relation.to);
    if (!a || !b) continue;
    const bulge = Math.min(o.chordRoom, 6 + Math.abs(a.y - b.y) / 8);
    chords.push({ relation, d: chordPath(a.x, a.y, b.x, b.y, bulge) });
  }
  return {
    nodes,
    edges,
    chords,
    depth,
    omitted: total - nodes.length,
    width: Math.ceil(maxX + markRadius('thesis', r) + o.chordRoom + o.margin),
    height,
  };
}
