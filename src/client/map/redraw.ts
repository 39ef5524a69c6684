/**
 * Redraws the map's lines from the rows the page shows, with the same pure function the build drew
 * them with (`rowsToPaths`): after a branch opens or closes, a filter, a box growing to its whole text,
 * or a branch fetched. Creates the path elements a fetched branch needs, from its boxes' `data-edge`
 * and `data-rels`, in the shape MapLinks.astro gives the build's.
 */
import { GEOMETRY, rowsToPaths, type Geometry, type Row, type SideLink, type UndercutTarget } from '../../map/rows-to-paths.ts';
import { nodeId, type TreeState } from './tree-state.ts';
import { parseRelationId } from '../../schemas/relation-id.ts';

const SVG = 'http://www.w3.org/2000/svg';

// The relation-id grammar has one home, beside relationId; re-exported for the map's other modules.
export { parseRelationId };

/** The map's drawing, kept in step with the tree. */
export interface Drawing {
  /** Redraws every line; returns nothing. */
  redraw(): void;
  /** Adds the paths of items that have none yet (after a fetch). */
  adopt(): void;
  /** Every relation path, for marking a claim's neighbours. */
  paths(): SVGPathElement[];
}

/** The drawing over `svg` for the tree `state`; `canvas` is the element the page lays the boxes out in. */
export function drawing(state: TreeState, svg: SVGSVGElement, tree: HTMLElement, current: () => HTMLElement): Drawing {
  const edges = new Map<string, SVGPathElement>();
  const links = new Map<string, SVGPathElement>();
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-edge-for]')) edges.set(path.dataset.edgeFor ?? '', path);
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-cross]')) links.set(path.dataset.id ?? '', path);
  const group = (name: string) => svg.querySelector(`.${name}`) ?? svg;

  function make(attributes: Record<string, string>, into: Element): SVGPathElement {
    const path = document.createElementNS(SVG, 'path');
    for (const [name, value] of Object.entries(attributes)) path.setAttribute(name, value);
    into.append(path);
    return path;
  }
  function adopt(): void {
    for (const item of state.items) {
      const id = nodeId(item);
      const parent = item.dataset.parent;
      if (parent !== undefined && !edges.has(id)) {
        const edge = item.dataset.edge;
        const type = edge ? parseRelationId(edge).type : 'placed';
        edges.set(id, make({
          class: `mt-edge mt-edge--${type}`, 'data-edge-for': id, 'data-from': id, 'data-to': parent,
          ...(edge ? { 'data-relation': edge, 'data-id': edge } : { 'data-placed': `${id}->${parent}` }),
        }, group('mt-edges')));
      }
      for (const rel of (item.dataset.rels ?? '').split(' ').filter(Boolean)) {
        if (links.has(rel)) continue;
        const { from, type, to } = parseRelationId(rel);
        links.set(rel, make({
          class: `mt-cross mt-cross--${type}`, 'marker-end': `url(#mt-head-${type})`, 'data-relation': rel,
          'data-id': rel, 'data-from': from, 'data-to': to, 'data-cross': '',
        }, group(type === 'undercuts' ? 'mt-undercuts' : 'mt-crosses')));
      }
    }
  }

  /** The geometry the stylesheet gives at this width (a phone indents less). */
  function geometry(): Geometry {
    const indent = parseFloat(getComputedStyle(tree).getPropertyValue('--mt-indent')) || GEOMETRY.indent;
    return { ...GEOMETRY, indent };
  }

  function redraw(): void {
    state.computeVisible();
    const g = geometry();
    const room = tree.clientWidth;
    const focused = current();
    const rows: Row[] = state.visible.map((item) => {
      const depth = Number(item.getAttribute('aria-level')) - 1;
      return {
        id: nodeId(item),
        parentId: item.dataset.parent ?? null,
        depth,
        width: Math.min(g.boxWidth, room - depth * g.indent),
        ...(item === focused ? { height: item.offsetHeight } : {}),
      };
    });
    const targets = new Map<string, UndercutTarget>();
    for (const item of state.items) if (item.dataset.edge) targets.set(item.dataset.edge, { kind: 'edge', child: nodeId(item) });
    const side: SideLink[] = [];
    for (const [id, path] of links) {
      const kind = path.classList.contains('mt-cross--undercuts') ? 'undercut' : 'cross';
      const { from, to } = path.dataset;
      side.push({ id, from: from ?? '', to: to ?? '', kind });
      if (kind === 'cross') targets.set(id, { kind: 'cross', from: from ?? '', to: to ?? '' });
    }
    const drawn = rowsToPaths(rows, side, targets, g);
    for (const [id, path] of edges) path.setAttribute('d', drawn.edges.get(id) ?? '');
    for (const [id, path] of links) path.setAttribute('d', drawn.links.get(id) ?? '');
    // Where the boxes fill the width (a phone) there is no room for the rail: its lines are not shown
    // (map.css; the focus pane lists them), and the drawing is kept to the width of the boxes.
    const width = room < g.boxWidth + g.railGap + 2 * g.indent ? Math.min(drawn.width, room) : drawn.width;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(drawn.height));
    svg.setAttribute('viewBox', `0 0 ${width} ${drawn.height}`);
  }
  return { redraw, adopt, paths: () => [...edges.values(), ...links.values()] };
}
