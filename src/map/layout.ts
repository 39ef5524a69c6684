import type { HierarchyNode } from 'd3-hierarchy';
import type { Relation } from '../schemas/relation.ts';
import { subtreeSizes, type MapDatum, type MapHierarchy } from './to-hierarchy.ts';
import { GEOMETRY, rowsToPaths, type Geometry, type Row, type SideLink, type UndercutTarget } from './rows-to-paths.ts';

/** A positioned node. */
export interface LaidOutNode {
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
  /** Depth in the tree; the question is 0. */
  depth: number;
  /** Row from the top, counting only the rows shown; -1 when hidden. */
  row: number;
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
  /** SVG path data; '' when an end is hidden. */
  d: string;
}

/** A relation drawn beside the tree: a cross-link (an arc on the rail) or an undercut (onto the relation it attacks). */
export interface LaidOutLink {
  /** The relation. */
  relation: Relation;
  /** SVG path data; '' when an end is hidden. */
  d: string;
}

/** The whole positioned map. */
export interface MapLayout {
  /** Every node in tree (pre-)order, which is also row order. */
  nodes: LaidOutNode[];
  /** One per non-root node. */
  edges: LaidOutEdge[];
  /** One per relation not used as a tree edge. */
  crossLinks: LaidOutLink[];
  /** One per `undercuts` relation. */
  undercuts: LaidOutLink[];
  /** x of the rail the cross-links leave from. */
  railX: number;
  /** Width of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
}

/** The side links of a hierarchy (cross-links and undercuts) and where each undercut's target is drawn. */
export function sideLinks(hierarchy: MapHierarchy): { links: SideLink[]; targets: Map<string, UndercutTarget> } {
  const targets = new Map<string, UndercutTarget>();
  hierarchy.root.each((node) => {
    if (node.data.relation) targets.set(node.data.relation.id, { kind: 'edge', child: node.data.id });
  });
  for (const relation of hierarchy.crossLinks) targets.set(relation.id, { kind: 'cross', from: relation.from, to: relation.to });
  const links: SideLink[] = [
    ...hierarchy.crossLinks.map((relation) => ({ id: relation.id, from: relation.from, to: relation.to, kind: 'cross' as const })),
    ...hierarchy.undercuts.map((relation) => ({ id: relation.id, from: relation.from, to: relation.to, kind: 'undercut' as const })),
  ];
  return { links, targets };
}

/**
 * Positions the spanning tree as an indented tree (one row per node, depth to the right), the layout
 * that keeps long claim texts readable and lets a collapsed branch close up without moving anything
 * above it; the lines come from `rowsToPaths`, the function the browser redraws with. Pure.
 * @param hidden ids of nodes not shown (inside a collapsed branch): they take no row.
 */
export function layoutMap(hierarchy: MapHierarchy, geometry: Geometry = GEOMETRY, hidden: ReadonlySet<string> = new Set()): MapLayout {
  const sizes = subtreeSizes(hierarchy.root);
  const nodes: LaidOutNode[] = [];
  const rows: Row[] = [];
  hierarchy.root.eachBefore((node: HierarchyNode<MapDatum>) => {
    const id = node.data.id;
    const shown = !hidden.has(id);
    const row = shown ? rows.length : -1;
    const parentId = node.parent?.data.id ?? null;
    nodes.push({
      id,
      data: node.data,
      parentId,
      childIds: (node.children ?? []).map((child) => child.data.id),
      size: sizes.get(id)!,
      depth: node.depth,
      row,
      x: node.depth * geometry.indent,
      y: shown ? row * geometry.pitch : -1,
    });
    if (shown) rows.push({ id, parentId, depth: node.depth });
  });
  const { links, targets } = sideLinks(hierarchy);
  const paths = rowsToPaths(rows, links, targets, geometry);
  const edges: LaidOutEdge[] = hierarchy.root.links().map(({ source, target }) => ({
    from: target.data.id,
    to: source.data.id,
    ...(target.data.relation ? { relation: target.data.relation } : {}),
    d: paths.edges.get(target.data.id) ?? '',
  }));
  const drawn = (relation: Relation): LaidOutLink => ({ relation, d: paths.links.get(relation.id) ?? '' });
  return {
    nodes,
    edges,
    crossLinks: hierarchy.crossLinks.map(drawn),
    undercuts: hierarchy.undercuts.map(drawn),
    railX: paths.railX,
    width: paths.width,
    height: paths.height,
  };
}
