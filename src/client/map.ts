/**
 * The map's behaviour, added to a page that is complete without it: the tree view keyboard pattern
 * (roving tabindex), collapse and expand, focus that dims all but a claim's neighbours, filters kept in
 * the URL query, pan and zoom (d3-zoom), and `#<claim-id>` opening on that claim. Nothing here lays the
 * tree out: rows keep the build-time order and geometry; after a branch closes, the lines are redrawn
 * from the same pure path functions the build used.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { GEOMETRY, crossLinkPath, edgePath, railFor, type Geometry, type Place } from '../map/layout.ts';

const viewport = document.getElementById('map-viewport');
const canvas = document.getElementById('map-canvas');
const tree = document.getElementById('map-tree');
const svg = document.getElementById('map-links') as SVGSVGElement | null;

if (viewport && canvas && tree && svg) init(viewport, canvas, tree, svg);

function init(viewport: HTMLElement, canvas: HTMLElement, tree: HTMLElement, svg: SVGSVGElement): void {
  const items = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  const idOf = (item: HTMLElement): string => item.dataset.claim ?? item.dataset.question ?? '';
  const byId = new Map(items.map((item) => [idOf(item), item]));
  // The overview's marks (MapOverview.astro), by node id: the current claim's mark is ringed.
  const overview = document.getElementById('map-overview-svg');
  const marks = new Map([...(overview?.querySelectorAll<SVGElement>('[data-overview-node]') ?? [])].map((mark) => [mark.dataset.overviewNode ?? '', mark]));
  // Each treeitem is a box inside a presentational li; its children's group is the box's next sibling.
  const parentOf = (item: HTMLElement): HTMLElement | undefined => (item.dataset.parent === undefined ? undefined : byId.get(item.dataset.parent));
  const childrenOf = (item: HTMLElement): HTMLElement[] => {
    const group = item.nextElementSibling;
    return group?.getAttribute('role') === 'group' ? [...group.querySelectorAll<HTMLElement>(':scope > li > [role="treeitem"]')] : [];
  };
  const hiddenByFilter = (item: HTMLElement): boolean => item.parentElement?.classList.contains('is-hidden') ?? false;
  /** The canvas's padding in map.css. */
  const canvasPadding = 12;
  const paths = [...svg.querySelectorAll<SVGPathElement>('path[data-from]')];
  const neighbours = new Map<string, Set<string>>();
  for (const path of paths) {
    const { from = '', to = '' } = path.dataset;
    for (const [a, b] of [[from, to], [to, from]] as const) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a)!.add(b);
    }
  }

  // Links inside the tree leave the tab order: the tree is one tab stop, Enter follows the link.
  for (const link of tree.querySelectorAll<HTMLElement>('a')) link.tabIndex = -1;
  for (const item of items) {
    item.tabIndex = -1;
    if (item.hasAttribute('data-collapsed-default')) item.setAttribute('aria-expanded', 'false');
  }

  // Boxes are narrower on small screens (map.css); the lines follow the width the browser gave them.
  const sample = tree.querySelector<HTMLElement>('.mt-group .mt-box');
  const geometry: Geometry = { ...GEOMETRY, boxWidth: sample?.offsetWidth || GEOMETRY.boxWidth };

  // ----- visibility, rows and lines -----
  let places = new Map<string, Place>();
  let visible: HTMLElement[] = [];
  const isShown = (item: HTMLElement): boolean => {
    if (hiddenByFilter(item)) return false;
    for (let up = parentOf(item); up; up = parentOf(up)) {
      if (up.getAttribute('aria-expanded') === 'false' || hiddenByFilter(up)) return false;
    }
    return true;
  };
  function redraw(): void {
    visible = items.filter(isShown);
    places = new Map(visible.map((item, row) => [idOf(item), { depth: Number(item.getAttribute('aria-level')) - 1, row }]));
    const maxDepth = Math.max(0, ...[...places.values()].map((place) => place.depth));
    const rail = railFor(maxDepth, geometry);
    let widest = 0;
    // The previous shown sibling of every shown node, for the stems (see edgePath).
    const previous = new Map<string, Place>();
    const lastChild = new Map<string, Place>();
    for (const item of visible) {
      const parentId = item.dataset.parent;
      if (parentId === undefined) continue;
      const before = lastChild.get(parentId);
      if (before) previous.set(idOf(item), before);
      lastChild.set(parentId, places.get(idOf(item))!);
    }
    for (const path of paths) {
      const from = places.get(path.dataset.from ?? '');
      const to = places.get(path.dataset.to ?? '');
      if (!from || !to) {
        path.setAttribute('d', '');
        continue;
      }
      if (path.hasAttribute('data-cross')) {
        path.setAttribute('d', crossLinkPath(from, to, rail, geometry));
        widest = Math.max(widest, Math.min(GEOMETRY.maxBulge, 18 + (Math.abs(from.row - to.row) * GEOMETRY.pitch) / 12));
      } else {
        path.setAttribute('d', edgePath(to, from, geometry, previous.get(path.dataset.from ?? '')));
      }
    }
    const width = Math.ceil(rail + widest + 8);
    const height = Math.max(1, visible.length) * GEOMETRY.pitch;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // Panning stops at the drawing's edges (so the wheel can hand over to the page there).
    // Never narrower than the viewport, or d3-zoom would centre a narrow map on the first pan.
    zoomer.translateExtent([[0, 0], [Math.max(width + 2 * canvasPadding, viewport.clientWidth), Math.max(height + 2 * canvasPadding, viewport.clientHeight)]]);
    if (!visible.includes(current)) setCurrent(nearestShown(current), false);
  }
  const nearestShown = (item: HTMLElement): HTMLElement => {
    for (let at: HTMLElement | undefined = item; at; at = parentOf(at)) if (isShown(at)) return at;
    return visible[0] ?? items[0]!;
  };

  // ----- roving tabindex and focus -----
  let current = items[0]!;
  function setCurrent(item: HTMLElement, focus: boolean): void {
    current.tabIndex = -1;
    marks.get(idOf(current))?.classList.remove('is-current');
    current = item;
    current.tabIndex = 0;
    marks.get(idOf(current))?.classList.add('is-current');
    if (focus) {
      current.focus({ preventScroll: true });
      panTo(current);
    }
  }
  function markNeighbours(item: HTMLElement | undefined): void {
    for (const marked of canvas.querySelectorAll('.is-near')) marked.classList.remove('is-near');
    if (!item) {
      canvas.removeAttribute('data-focusing');
      return;
    }
    const id = idOf(item);
    canvas.setAttribute('data-focusing', '');
    // The mark goes on the box itself, so only that box is restyled (not a whole branch).
    const near = (node: HTMLElement | undefined) => node?.classList.add('is-near');
    near(item);
    for (const other of neighbours.get(id) ?? []) near(byId.get(other));
    for (const path of paths) if (path.dataset.from === id || path.dataset.to === id) path.classList.add('is-near');
  }
  tree.addEventListener('focusin', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (item && item === event.target) {
      if (item !== current) setCurrent(item, false);
      markNeighbours(item);
    }
  });
  tree.addEventListener('focusout', (event) => {
    if (!tree.contains(event.relatedTarget as Node | null)) markNeighbours(undefined);
  });

  // ----- collapse and expand -----
  function setExpanded(item: HTMLElement, open: boolean): void {
    if (!item.hasAttribute('aria-expanded')) return;
    item.setAttribute('aria-expanded', String(open));
    redraw();
  }
  tree.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    if (target.closest('[data-toggle]')) {
      setExpanded(item, item.getAttribute('aria-expanded') === 'false');
    }
    if (!target.closest('a')) setCurrent(item, true);
  });

  tree.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const item = current;
    const index = visible.indexOf(item);
    const expanded = item.getAttribute('aria-expanded');
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown': next = visible[index + 1]; break;
      case 'ArrowUp': next = visible[index - 1]; break;
      case 'Home': next = visible[0]; break;
      case 'End': next = visible[visible.length - 1]; break;
      case 'ArrowRight':
        if (expanded === 'false') setExpanded(item, true);
        else if (expanded === 'true') next = childrenOf(item).find(isShown);
        break;
      case 'ArrowLeft':
        if (expanded === 'true') setExpanded(item, false);
        else next = parentOf(item);
        break;
      case 'Enter': {
        const link = item.querySelector<HTMLAnchorElement>(':scope > a.mt-text');
        if (link) link.click();
        else if (expanded) setExpanded(item, expanded === 'false');
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next) setCurrent(next, true);
  });

  // ----- filters, kept in the URL query -----
  const form = document.getElementById('map-filters') as HTMLFormElement | null;
  const status = document.getElementById('map-status');
  const claimCount = items.filter((item) => item.dataset.claim).length;
  function applyFilters(params: URLSearchParams): void {
    const wanted = (name: string) => new Set(params.getAll(name));
    const [stances, kinds, essays] = [wanted('stance'), wanted('kind'), wanted('essay')];
    const matches = (item: HTMLElement): boolean =>
      item.dataset.claim === undefined ||
      ((stances.size === 0 || stances.has(item.dataset.stance ?? '')) &&
        (kinds.size === 0 || kinds.has(item.dataset.kind ?? '')) &&
        (essays.size === 0 || essays.has(item.dataset.essay ?? '')));
    const keep = new Set<HTMLElement>();
    let shown = 0;
    for (const item of items) {
      if (!item.dataset.claim || !matches(item)) continue;
      shown += 1;
      for (let at: HTMLElement | undefined = item; at && !keep.has(at); at = parentOf(at)) keep.add(at);
    }
    const filtering = stances.size + kinds.size + essays.size > 0;
    for (const item of items) {
      item.parentElement?.classList.toggle('is-hidden', filtering && !keep.has(item));
      item.classList.toggle('is-context', filtering && keep.has(item) && !matches(item));
    }
    if (form) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        input.checked = params.getAll(input.name).includes(input.value);
      }
    }
    if (status) status.textContent = filtering ? `Showing ${shown} of ${claimCount} claims, with the claims they answer for context.` : '';
    redraw();
  }
  function filtersFromForm(): URLSearchParams {
    const params = new URLSearchParams();
    if (form) for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.append(input.name, input.value);
    return params;
  }
  function commitFilters(params: URLSearchParams): void {
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    applyFilters(params);
  }
  form?.addEventListener('change', () => commitFilters(filtersFromForm()));
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    commitFilters(filtersFromForm());
  });
  form?.addEventListener('reset', () => setTimeout(() => commitFilters(new URLSearchParams())));

  // ----- pan and zoom (d3-zoom: wheel with Ctrl/pinch zooms, plain wheel pans, drag pans) -----
  const zoomer: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([0.08, 2.5])
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === 'mousedown' || event.type === 'pointerdown') {
        const target = event.target as HTMLElement;
        return (event as MouseEvent).button === 0 && !target.closest('a, [data-toggle]');
      }
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event) => {
      const { x, y, k } = event.transform;
      // Whole pixels keep the text sharp on the composited layer.
      canvas.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) scale(${k})`;
    });
  const view = select(viewport);
  view.call(zoomer).on('dblclick.zoom', null);
  viewport.addEventListener('wheel', (event) => {
    if (event.ctrlKey || event.metaKey) return;
    const before = currentTransform();
    zoomer.translateBy(view, -event.deltaX / before.k, -event.deltaY / before.k);
    const after = currentTransform();
    // At the edge of the map the wheel scrolls the page instead of doing nothing.
    if (after.x !== before.x || after.y !== before.y) event.preventDefault();
  }, { passive: false });
  const currentTransform = () => (viewport as unknown as { __zoom?: typeof zoomIdentity }).__zoom ?? zoomIdentity;
  function panTo(item: HTMLElement, centre = false): void {
    const place = places.get(idOf(item));
    if (!place) return;
    const t = currentTransform();
    const left = t.x + (canvasPadding + place.depth * GEOMETRY.indent) * t.k;
    const top = t.y + (canvasPadding + place.row * GEOMETRY.pitch) * t.k;
    const right = left + geometry.boxWidth * t.k;
    const bottom = top + GEOMETRY.boxHeight * t.k;
    const { clientWidth: w, clientHeight: h } = viewport;
    let dx = 0;
    let dy = 0;
    if (centre) {
      // Keep a little of the parent's column in view, when the box leaves room for it.
      const wantLeft = Math.max(8, Math.min(8 + 2 * GEOMETRY.indent * t.k, w - (right - left) - 8));
      zoomer.translateBy(view, (wantLeft - left) / t.k, (h / 3 - top) / t.k);
      return;
    }
    if (top < 8) dy = 8 - top;
    else if (bottom > h - 8) dy = Math.max(h - 8 - bottom, 8 - top);
    if (left < 8) dx = 8 - left;
    else if (right > w - 8) dx = Math.max(w - 8 - right, 8 - left);
    if (dx || dy) zoomer.translateBy(view, dx / t.k, dy / t.k);
  }
  function fit(): void {
    const width = Number(svg.getAttribute('width')) + 2 * canvasPadding;
    const height = Number(svg.getAttribute('height')) + 2 * canvasPadding;
    const k = Math.min(1, viewport.clientWidth / width, viewport.clientHeight / height);
    zoomer.transform(view, zoomIdentity.translate((viewport.clientWidth - width * k) / 2, 0).scale(k));
  }
  document.querySelector('.map-zoom')?.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.zoom === 'in') zoomer.scaleBy(view, 1.25);
    if (button.dataset.zoom === 'out') zoomer.scaleBy(view, 0.8);
    if (button.dataset.zoom === 'fit') fit();
    if (button.dataset.zoom === 'reset') zoomer.transform(view, zoomIdentity);
    if (button.dataset.expand) {
      const open = button.dataset.expand === 'all';
      for (const item of items) if (item.hasAttribute('aria-expanded') && item !== items[0]) item.setAttribute('aria-expanded', String(open));
      redraw();
    }
  });

  // ----- start: filters from the query, then the claim named in the fragment -----
  applyFilters(new URLSearchParams(location.search));
  viewport.classList.add('is-ready');
  setCurrent(visible[0] ?? items[0]!, false);
  function openFragment(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? byId.get(id) : undefined;
    if (!target) return;
    let opened = false;
    for (let up = parentOf(target); up; up = parentOf(up)) {
      if (up.getAttribute('aria-expanded') === 'false') {
        up.setAttribute('aria-expanded', 'true');
        opened = true;
      }
    }
    if (hiddenByFilter(target)) commitFilters(new URLSearchParams());
    else if (opened) redraw();
    viewport.scrollTop = 0;
    viewport.scrollLeft = 0;
    viewport.scrollIntoView({ block: 'nearest' });
    setCurrent(target, true);
    panTo(target, true);
  }
  openFragment();
  // A click on an overview mark opens that claim in the tree, as its /map/#<id> link would.
  overview?.addEventListener('click', (event) => {
    const id = (event.target as Element).closest<SVGElement>('[data-overview-node]')?.dataset.overviewNode;
    if (id === undefined || !byId.has(id)) return;
    if (decodeURIComponent(location.hash.slice(1)) === id) openFragment();
    else location.hash = id;
  });
  // The viewport pans by transform; undo any scroll the browser makes on its own (fragment jumps, focus).
  viewport.addEventListener('scroll', () => {
    viewport.scrollTop = 0;
    viewport.scrollLeft = 0;
  });
  window.addEventListener('hashchange', openFragment);
  viewport.dataset.ready = 'true';
  performance.mark('map-ready');
}
