import type { HierarchyNode } from 'd3-hierarchy';
import type { Relation } from '../schemas/relation.ts';
import type { MapDatum, MapHierarchy } from './to-hierarchy.ts';

/**
 * The map's fixed geometry, in CSS pixels. The page's CSS uses the same numbers (map.css), so the
 * nodes, laid out by the browser as nested lists of fixed-height rows, sit exactly on the SVG drawn here.
 */
export const GEOMETRY = {
  /** Horizontal step per tree level. */
  indent: 28,
  /** Vertical distance between the tops of two consecutive rows. */
  pitch: 84,
  /** Height of a node's box. */
  boxHeight: 72,
  /** Width of a node's box. */
  boxWidth: 400,
  /** Gap between the deepest box's right edge and the cross-link rail. */
  railGap: 16,
  /** Widest bulge of a cross-link arc to the right of the rail. */
  maxBulge: 220,
} as const;

/** The map's geometry (see GEOMETRY). */
export type Geometry = { readonly [K in keyof typeof GEOMETRY]: number };

/** A node's place: its tree depth (question = 0) and its row (0 = top). */
export interface Place {
  /** Depth in the tree; the question is 0. */
  depth: number;
  /** Row from the top, counting only the rows shown. */
  row: number;
}

/** A positioned node. */
export interface LaidOutNode extends Place {
  /** Claim id (or the question's id). */
  id: string;
  /** The node's datum from `toHierarchy`. */
  data: MapDatum;
  /** Parent id; null for the root. */
  parentId: string | null;
  /** Ids of the children, in order. */
  childIds: string[];
  /** How many nodes hang below this one, at any depth. */
  size: number;
  /** Left edge of the box. */
  x: number;
  /** Top edge of the box. */
  y: number;
}

/** A tree edge: from a child up to its parent. */
export interface LaidOutEdge {
  /** The child's id. */
  from: string;
  /** The parent's id. */
  to: string;
  /** The relation it draws; undefined for a fallback placement (not a relation). */
  relation?: Relation;
  /** SVG path data. */
  d: string;
}

/** A relation that is not a tree edge, drawn as an arc on the rail to the right of the boxes. */
export interface LaidOutCrossLink {
  /** The relation. */
  relation: Relation;
  /** SVG path data. */
  d: string;
}

/** The whole positioned map. */
export interface MapLayout {
  /** Every node in tree (pre-)order, which is also row order. */
  nodes: LaidOutNode[];
  /** One per non-root node. */
  edges: LaidOutEdge[];
  /** One per relation not used as a tree edge. */
  crossLinks: LaidOutCrossLink[];
  /** x of the rail the cross-links leave from. */
  railX: number;
  /** Width of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Top-left corner of a box at this place. */
export function boxAt(place: Place, geometry: Geometry = GEOMETRY): { x: number; y: number } {
  return { x: place.depth * geometry.indent, y: place.row * geometry.pitch };
}

/**
 * The elbow into a child's box, down the parent's stem: from the parent's box, or from the previous
 * shown sibling's elbow when there is one, so the stems of many children never overlap (long
 * overlapping strokes are what made a 2,500-claim map slow to paint).
 */
export function edgePath(parent: Place, child: Place, geometry: Geometry = GEOMETRY, previous?: Place): string {
  const p = boxAt(parent, geometry);
  const c = boxAt(child, geometry);
  const stem = p.x + Math.round(geometry.indent * 0.45);
  const mid = c.y + geometry.boxHeight / 2;
  const top = previous ? boxAt(previous, geometry).y + geometry.boxHeight / 2 : p.y + geometry.boxHeight;
  return `M${stem},${top}V${mid}H${c.x}`;
}

/** The arc of a cross-link: out of the `from` box's right edge, round by the rail, into the `to` box. */
export function crossLinkPath(from: Place, to: Place, railX: number, geometry: Geometry = GEOMETRY): string {
  const a = boxAt(from, geometry);
  const b = boxAt(to, geometry);
  const y1 = a.y + geometry.boxHeight / 2 - 6;
  const y2 = b.y + geometry.boxHeight / 2 + 6;
  const bulge = round(Math.min(geometry.maxBulge, 18 + (Math.abs(from.row - to.row) * geometry.pitch) / 12));
  return `M${a.x + geometry.boxWidth},${y1}H${railX}C${railX + bulge},${y1} ${railX + bulge},${y2} ${railX},${y2}H${b.x + geometry.boxWidth + 4}`;
}

/** x of the cross-link rail for a tree this deep. */
export function railFor(maxDepth: number, geometry: Geometry = GEOMETRY): number {
  return maxDepth * geometry.indent + geometry.boxWidth + geometry.railGap;
}

/**
 * Positions the spanning tree as an indented tree (one row per node, depth to the right), the layout
 * that keeps long claim texts readable and lets a collapsed branch close up without moving anything
 * above it; tree edges are elbows, other relations arcs on a rail to the right. Pure.
 * @param hidden ids of nodes not shown (inside a collapsed branch): they take no row.
 */
export function layoutMap(hierarchy: MapHierarchy, geometry: Geometry = GEOMETRY, hidden: ReadonlySet<string> = new Set()): MapLayout {
  const nodes: LaidOutNode[] = [];
  const byId = new Map<string, LaidOutNode>();
  let row = 0;
  const sizes = new Map<string, number>();
  hierarchy.root.eachAfter((node) => sizes.set(node.data.id, (node.children ?? []).reduce((sum, child) => sum + 1 + sizes.get(child.data.id)!, 0)));
  hierarchy.root.eachBefore((node: HierarchyNode<MapDatum>) => {
    const id = node.data.id;
    const shown = !hidden.has(id);
    const place = { depth: node.depth, row: shown ? row : -1 };
    const laid: LaidOutNode = {
      id,
      data: node.data,
      parentId: node.parent?.data.id ?? null,
      childIds: (node.children ?? []).map((child) => child.data.id),
      size: sizes.get(id)!,
      ...place,
      ...boxAt(place, geometry),
    };
    if (shown) row += 1;
    nodes.push(laid);
    byId.set(id, laid);
  });
  const shownNodes = nodes.filter((node) => node.row >= 0);
  const maxDepth = Math.max(0, ...shownNodes.map((node) => node.depth));
  const railX = railFor(maxDepth, geometry);
  const edges: LaidOutEdge[] = [];
  const lastChild = new Map<string, LaidOutNode>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const parent = byId.get(node.parentId)!;
    const shown = node.row >= 0 && parent.row >= 0;
    edges.push({
      from: node.id,
      to: parent.id,
      ...(node.data.relation ? { relation: node.data.relation } : {}),
      d: shown ? edgePath(parent, node, geometry, lastChild.get(parent.id)) : '',
    });
    if (shown) lastChild.set(parent.id, node);
  }
  const crossLinks = hierarchy.crossLinks.map((relation) => {
    const from = byId.get(relation.from)!;
    const to = byId.get(relation.to)!;
    return { relation, d: from.row >= 0 && to.row >= 0 ? crossLinkPath(from, to, railX, geometry) : '' };
  });
  const widestBulge = Math.max(0, ...crossLinks.map(({ relation }) => {
    const span = Math.abs(byId.get(relation.from)!.row - byId.get(relation.to)!.row);
    return Math.min(geometry.maxBulge, 18 + (span * geometry.pitch) / 12);
  }));
  return {
    nodes,
    edges,
    crossLinks,
    railX,
    width: Math.ceil(railX + widestBulge + 8),
    height: Math.max(1, row) * geometry.pitch,
  };
}
