/**
 * The map's behaviour, added to a page that is complete without it (src/pages/map/): the tree view
 * keys with a roving tabindex (keyboard.ts), collapse and expand, fetching a large map's branches
 * (branches.ts), the claim in focus shown whole with its relations beside it (focus-pane.ts), filters
 * in the URL query (filters.ts), zoom that leaves the wheel to the page (zoom.ts), and the lines
 * redrawn from the rows shown (redraw.ts). `#<claim-id>` opens on a claim, and the claim in focus is
 * kept in the address (history.replaceState) and in sessionStorage, so Back returns to it.
 */
import { treeState, nodeId } from './tree-state.ts';
import { drawing } from './redraw.ts';
import { treeKeys } from './keyboard.ts';
import { mapFilters } from './filters.ts';
import { mapZoom } from './zoom.ts';
import { focusPane } from './focus-pane.ts';
import { branchHolding, fetchBranch, fetchTemplates } from './branches.ts';
import { parseRelationId } from './redraw.ts';

const viewport = document.getElementById('map-viewport');
const canvas = document.getElementById('map-canvas');
const tree = document.getElementById('map-tree');
const svg = document.getElementById('map-links') as SVGSVGElement | null;
if (viewport && canvas && tree && svg) init(viewport, canvas, tree, svg);

function init(viewport: HTMLElement, canvas: HTMLElement, tree: HTMLElement, svg: SVGSVGElement): void {
  const state = treeState(tree);
  let current = state.items[0]!;
  current.tabIndex = 0;
  const lines = drawing(state, svg, tree, () => current);
  const zoom = mapZoom(viewport, canvas, document.getElementById('map-hint'));
  const status = document.getElementById('map-status');
  const focusData = document.getElementById('map-focus-data');
  const storageKey = `counterpoint:map-focus:${location.pathname}`;

  function redraw(): void {
    lines.redraw();
    zoom.fitHeight();
    if (!state.visible.includes(current)) setCurrent(nearestShown(current), false);
  }
  const nearestShown = (item: HTMLElement): HTMLElement => {
    for (let at: HTMLElement | undefined = item; at; at = state.parentOf(at)) if (state.visible.includes(at)) return at;
    return state.visible[0] ?? state.items[0]!;
  };

  // ----- the claim in focus -----
  // A link in the pane to a claim of this map focuses it here, fetching its branch first if it is not in yet.
  const showPane = focusPane(document.getElementById('map-focus-body'), focusData, (id) => {
    const target = state.byId.get(id);
    if (target) void open(target);
    else if (branchHolding(state.items, id)) void openId(id);
    else return false;
    return true;
  }, async (id) => {
    const item = state.byId.get(id);
    if (item) await fetchTemplates(item, focusData);
  });
  function markNeighbours(item: HTMLElement): void {
    for (const marked of canvas.querySelectorAll('.is-near')) marked.classList.remove('is-near');
    const id = nodeId(item);
    canvas.setAttribute('data-focusing', '');
    item.classList.add('is-near');
    for (const path of lines.paths()) {
      const { from = '', to = '' } = path.dataset;
      // An undercut is near a claim at either end of the relation it attacks, too.
      const target = path.classList.contains('mt-cross--undercuts') ? parseRelationId(to) : undefined;
      const ends = target ? [from, target.from, target.to] : [from, to];
      if (!ends.includes(id) && !(target && to === item.dataset.edge)) continue;
      path.classList.add('is-near');
      for (const end of ends) state.byId.get(end === state.items[0]?.dataset.question ? 'map-question' : end)?.classList.add('is-near');
    }
  }
  function setCurrent(item: HTMLElement, focus: boolean): void {
    if (item !== current) {
      current.tabIndex = -1;
      current.classList.remove('is-current');
    }
    current = item;
    current.tabIndex = 0;
    current.classList.add('is-current');
    showPane(current.dataset.claim);
    // Neighbours stand out once a reader has chosen a claim, not on a first visit.
    if (focus) markNeighbours(current);
    lines.redraw();
    zoom.fitHeight();
    if (focus) {
      current.focus({ preventScroll: true });
      zoom.reveal(current);
      remember(current);
    }
  }
  function remember(item: HTMLElement): void {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${item.id}`);
    try {
      sessionStorage.setItem(storageKey, item.id);
    } catch {
      // Storage may be off (private windows): the address still keeps the place.
    }
  }
  tree.addEventListener('focusin', (event) => {
    const item = event.target as HTMLElement;
    if (item.getAttribute('role') === 'treeitem' && item !== current) setCurrent(item, true);
  });

  // ----- opening and closing branches -----
  async function setExpanded(item: HTMLElement, open: boolean): Promise<void> {
    if (!item.hasAttribute('aria-expanded')) return;
    if (open && item.dataset.branch) {
      item.setAttribute('aria-busy', 'true');
      if (status) status.textContent = 'Loading the branch…';
      try {
        await fetchBranch(item, focusData);
        state.refresh();
        lines.adopt();
        if (status) status.textContent = '';
      } catch (cause) {
        if (status) status.textContent = `The branch could not be loaded: follow “Open this branch” instead. (${String(cause)})`;
        return;
      } finally {
        item.removeAttribute('aria-busy');
      }
    }
    item.setAttribute('aria-expanded', String(open));
    redraw();
  }
  tree.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    if (target.closest('[data-toggle]')) void setExpanded(item, item.getAttribute('aria-expanded') === 'false');
    if (target.closest('a.mt-branch') && item.dataset.branch) {
      event.preventDefault();
      void setExpanded(item, true);
    }
    if (!target.closest('a')) setCurrent(item, true);
  });
  treeKeys(tree, state, { current: () => current, focus: (item) => setCurrent(item, true), setExpanded: (item, open) => void setExpanded(item, open) });

  // ----- filters, zoom buttons, expand and collapse all -----
  const filters = mapFilters(state, document.getElementById('map-filters') as HTMLFormElement | null, status, redraw);
  document.querySelector('.map-zoom')?.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.zoom) zoom.button(button.dataset.zoom);
    if (button.dataset.expand) {
      const open = button.dataset.expand === 'all';
      if (open) {
        const remote = state.items.filter((item) => item.dataset.branch);
        if (remote.length && status) status.textContent = `Loading ${remote.length} branches…`;
        let failed = 0;
        let from = viewport.dataset.whole;
        for (const item of remote) {
          // From the whole map in one request; if that fails, from each branch's own essay page.
          await fetchBranch(item, focusData, from)
            .catch(() => {
              from = undefined;
              return fetchBranch(item, focusData);
            })
            .catch(() => (failed += 1));
        }
        state.refresh();
        lines.adopt();
        if (status) status.textContent = failed ? `${failed} of ${remote.length} branches could not be loaded: follow their “Open this branch” links instead.` : '';
      }
      for (const item of state.items) if (item.hasAttribute('aria-expanded') && item !== state.items[0] && !item.dataset.branch) item.setAttribute('aria-expanded', String(open));
      redraw();
    }
  });

  // ----- opening on a claim: the address's #id, a skip link, Back -----
  async function open(target: HTMLElement): Promise<void> {
    for (let up = state.parentOf(target); up; up = state.parentOf(up)) if (up.getAttribute('aria-expanded') === 'false') up.setAttribute('aria-expanded', 'true');
    if (target.parentElement?.classList.contains('is-hidden')) filters.clear();
    redraw();
    setCurrent(target, true);
  }
  async function openId(id: string): Promise<void> {
    let target = state.byId.get(id);
    if (!target) {
      const holder = branchHolding(state.items, id);
      if (!holder) return;
      await setExpanded(holder, true);
      target = state.byId.get(id);
    }
    if (target) await open(target);
  }
  const fromHash = () => decodeURIComponent(location.hash.slice(1));
  window.addEventListener('hashchange', () => void openId(fromHash()));
  for (const skip of document.querySelectorAll<HTMLAnchorElement>('[data-skip-tree]')) {
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      setCurrent(current, true);
    });
  }
  // Back from a claim's page: the address keeps #id; a page restored from the back-forward cache keeps its state.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && location.hash) setCurrent(current, true);
  });

  filters.apply(new URLSearchParams(location.search));
  canvas.classList.add('is-live');
  viewport.classList.add('is-ready');
  setCurrent(current, false);
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(storageKey);
  } catch {
    stored = null;
  }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const start = fromHash() || (navigation?.type === 'back_forward' && stored ? stored : '');
  void (start ? openId(start) : Promise.resolve()).then(() => {
    viewport.dataset.ready = 'true';
    performance.mark('map-ready');
  });
  window.addEventListener('resize', () => redraw());
}
