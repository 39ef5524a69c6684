/**
 * The map's fixed geometry, in CSS pixels. The page's CSS uses the same numbers (map.css), so the
 * nodes, laid out by the browser as nested lists of rows, sit exactly on the SVG drawn from these.
 */
export const GEOMETRY = {
  /** Horizontal step per tree level. */
  indent: 28,
  /** Vertical distance between the tops of two consecutive closed (not focused) rows. */
  pitch: 84,
  /** Height of a closed node's box (a focused box grows to its whole text: see `Row.height`). */
  boxHeight: 72,
  /** Widest a node's box gets (it narrows to the room left on a phone). */
  boxWidth: 400,
  /** Gap between the widest box's right edge and the cross-link rail. */
  railGap: 16,
  /** Widest bulge of a cross-link arc to the right of the rail. */
  maxBulge: 220,
} as const;

/** The map's geometry (see GEOMETRY). */
export type Geometry = { readonly [K in keyof typeof GEOMETRY]: number };

/** One shown row of the indented tree, as the build lays it out or the browser measures it. */
export interface Row {
  /** Claim id, or the question's id. */
  id: string;
  /** The parent's id; null for the root. */
  parentId: string | null;
  /** Depth in the tree (question = 0). */
  depth: number;
  /** Height of the box; default `geometry.boxHeight` (a focused box is taller). */
  height?: number;
  /** Width of the box; default `geometry.boxWidth` (narrower on a phone). */
  width?: number;
}

/** A relation drawn beside the tree edges: a cross-link (claim to claim) or an undercut (claim to relation). */
export interface SideLink {
  /** The relation's id. */
  id: string;
  /** The claim it starts from. */
  from: string;
  /** For a cross-link, the claim it ends on; for an undercut, the id of the relation it attacks. */
  to: string;
  /** `cross`: supports or rebuts a claim off the tree; `undercut`: attacks a relation. */
  kind: 'cross' | 'undercut';
}

/** Where the relation an undercut attacks is drawn: a tree edge into `child`, or a cross-link. */
export type UndercutTarget = { kind: 'edge'; child: string } | { kind: 'cross'; from: string; to: string };

/** Every line of the drawing, as SVG path data ('' when an end is not shown), and its size. */
export interface Paths {
  /** Tree edge into each shown child, by the child's id. */
  edges: Map<string, string>;
  /** Cross-links and undercuts, by relation id. */
  links: Map<string, string>;
  /** x of the rail the cross-links go round. */
  railX: number;
  /** Width of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** How far right of the rail an arc between two heights bulges: more for a longer arc, never past `maxBulge`. */
export function bulgeFor(y1: number, y2: number, geometry: Geometry = GEOMETRY): number {
  return round(Math.min(geometry.maxBulge, 18 + Math.abs(y1 - y2) / 12));
}

/** A laid-out row: its box's left, top and right edges. */
interface Box {
  x: number;
  y: number;
  right: number;
  row: Row;
}

/**
 * The elbow into a child's box, down the parent's stem: from the parent's box, or from the previous
 * shown sibling's elbow when there is one, so the stems of many children never overlap (long
 * overlapping strokes are what made a 2,500-claim map slow to paint). Heights are the closed box's,
 * so an elbow stays at a box's first lines when the box grows.
 */
export function edgePath(parent: { x: number; y: number }, child: { x: number; y: number }, geometry: Geometry = GEOMETRY, previous?: { y: number }): string {
  const stem = parent.x + Math.round(geometry.indent * 0.45);
  const mid = child.y + geometry.boxHeight / 2;
  const top = previous ? previous.y + geometry.boxHeight / 2 : parent.y + geometry.boxHeight;
  return `M${stem},${top}V${mid}H${child.x}`;
}

/** The arc of a cross-link: out of the `from` box's right edge, round by the rail, into the `to` box's right edge. */
export function crossLinkPath(from: { y: number; right: number }, to: { y: number; right: number }, railX: number, geometry: Geometry = GEOMETRY): string {
  const y1 = from.y + geometry.boxHeight / 2 - 6;
  const y2 = to.y + geometry.boxHeight / 2 + 6;
  const bulge = bulgeFor(y1, y2, geometry);
  return `M${from.right},${y1}H${railX}C${railX + bulge},${y1} ${railX + bulge},${y2} ${railX},${y2}H${to.right + 4}`;
}

/**
 * The line of an undercut: out of the undercutting box, round by the rail, onto the line it attacks:
 * the apex of a cross-link's arc, or (a tree edge being a short elbow on the left) the child's box just
 * below where the cross-links arrive, where the box's relation label says it is undercut.
 */
function undercutPath(from: Box, point: { x: number; y: number }, railX: number, geometry: Geometry): string {
  const y1 = from.y + geometry.boxHeight / 2 + 2;
  const bulge = bulgeFor(y1, point.y, geometry);
  return `M${from.right},${y1}H${railX}C${railX + bulge},${y1} ${railX + bulge},${point.y} ${round(point.x)},${round(point.y)}`;
}

/**
 * From the shown rows (in order, top to bottom) to every line of the map: one pure function, used by
 * the build for the page without JavaScript and by the browser after a branch opens or a box grows.
 * Rows stack with `pitch - boxHeight` between boxes.
 */
export function rowsToPaths(rows: readonly Row[], links: readonly SideLink[], targets: ReadonlyMap<string, UndercutTarget>, geometry: Geometry = GEOMETRY): Paths {
  const gap = geometry.pitch - geometry.boxHeight;
  const boxes = new Map<string, Box>();
  let y = 0;
  let widest = 0;
  for (const row of rows) {
    const x = row.depth * geometry.indent;
    const right = x + (row.width ?? geometry.boxWidth);
    boxes.set(row.id, { x, y, right, row });
    widest = Math.max(widest, right);
    y += (row.height ?? geometry.boxHeight) + gap;
  }
  const railX = widest + geometry.railGap;

  const edges = new Map<string, string>();
  const lastChild = new Map<string, Box>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    const parent = boxes.get(row.parentId);
    const child = boxes.get(row.id)!;
    if (!parent) continue;
    edges.set(row.id, edgePath(parent, child, geometry, lastChild.get(row.parentId)));
    lastChild.set(row.parentId, child);
  }

  const out = new Map<string, string>();
  let reach = railX;
  const crossEnds = new Map<string, { a: Box; b: Box }>();
  for (const link of links) {
    if (link.kind !== 'cross') continue;
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (!a || !b) {
      out.set(link.id, '');
      continue;
    }
    crossEnds.set(link.id, { a, b });
    out.set(link.id, crossLinkPath(a, b, railX, geometry));
    reach = Math.max(reach, railX + bulgeFor(a.y + geometry.boxHeight / 2 - 6, b.y + geometry.boxHeight / 2 + 6, geometry));
  }
  for (const link of links) {
    if (link.kind !== 'undercut') continue;
    const from = boxes.get(link.from);
    const target = targets.get(link.to);
    let point: { x: number; y: number } | undefined;
    if (target?.kind === 'edge') {
      const child = boxes.get(target.child);
      if (child && child.row.parentId !== null && boxes.has(child.row.parentId)) point = { x: child.right + 4, y: child.y + geometry.boxHeight / 2 + 14 };
    } else if (target?.kind === 'cross') {
      const ends = crossEnds.get(link.to);
      if (ends) {
        const y1 = ends.a.y + geometry.boxHeight / 2 - 6;
        const y2 = ends.b.y + geometry.boxHeight / 2 + 6;
        // A cubic with both control points `bulge` right of the rail reaches 3/4 of it at its middle.
        point = { x: railX + 0.75 * bulgeFor(y1, y2, geometry), y: (y1 + y2) / 2 };
      }
    }
    if (!from || !point) {
      out.set(link.id, '');
      continue;
    }
    out.set(link.id, undercutPath(from, point, railX, geometry));
    reach = Math.max(reach, railX + bulgeFor(from.y + geometry.boxHeight / 2 + 2, point.y, geometry));
  }
  return { edges, links: out, railX, width: Math.ceil(reach + 8), height: Math.max(geometry.pitch, y) };
}
