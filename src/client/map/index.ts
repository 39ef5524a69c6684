/**
 * The map's behaviour, added to a page that is complete without it (src/pages/map/): the tree view
 * keys with a roving tabindex (keyboard.ts), collapse and expand, fetching a large map's branches
 * (branches.ts), the claim in focus shown whole with its relations beside it (focus-pane.ts), filters
 * in the URL query (filters.ts), zoom that leaves the wheel to the page (zoom.ts), the lines redrawn
 * from the rows shown (redraw.ts), and the picture of the debate above the tree (picture.ts).
 * `#<claim-id>` opens on a claim, and the claim in focus is kept in the address (history.replaceState)
 * and in sessionStorage, so Back returns to it. Each step is its own function below.
 */
import { treeState, type TreeState } from './tree-state.ts';
import { drawing, type Drawing } from './redraw.ts';
import { treeKeys } from './keyboard.ts';
import { mapFilters } from './filters.ts';
import { mapZoom, type MapZoom } from './zoom.ts';
import { fetchBranch } from './branches.ts';
import { claimFocus, type ClaimFocus } from './claim-focus.ts';
import { mapPicture } from './picture.ts';

const viewport = document.getElementById('map-viewport');
const canvas = document.getElementById('map-canvas');
const tree = document.getElementById('map-tree');
const svg = document.getElementById('map-links') as SVGSVGElement | null;
if (viewport && canvas && tree && svg) init(viewport, canvas, tree, svg);

/** What the steps share. */
interface MapParts {
  viewport: HTMLElement; canvas: HTMLElement; tree: HTMLElement;
  state: TreeState; lines: Drawing; zoom: MapZoom; focus: ClaimFocus;
  status: HTMLElement | null; focusData: HTMLElement | null;
}

function init(viewport: HTMLElement, canvas: HTMLElement, tree: HTMLElement, svg: SVGSVGElement): void {
  const state = treeState(tree);
  const zoom = mapZoom(viewport, canvas, document.getElementById('map-hint'));
  const status = document.getElementById('map-status');
  const focusData = document.getElementById('map-focus-data');
  // The focus and the drawing need each other: the drawing asks which claim is in focus only when it redraws.
  let focus!: ClaimFocus;
  const lines = drawing(state, svg, tree, () => focus.current());
  const setExpanded = expander({ state, lines, status, focusData }, () => focus.redraw());
  focus = claimFocus({ canvas, state, lines, zoom, focusData, setExpanded });
  const parts: MapParts = { viewport, canvas, tree, state, lines, zoom, status, focusData, focus };
  bindTree(parts, setExpanded);
  const filters = mapFilters(state, document.getElementById('map-filters') as HTMLFormElement | null, status, () => focus.redraw());
  focus.onFiltered(() => filters.clear());
  bindControls(parts);
  startAt(parts, filters);
  mapPicture(document.getElementById('dmap'), { show: (id) => focus.openId(id, { quiet: true }), reveal: (id) => focus.openId(id) });
}

/** Opening and closing branches, fetching a branch that lives on another page first; `after` redraws. */
function expander({ state, lines, status, focusData }: Pick<MapParts, 'state' | 'lines' | 'status' | 'focusData'>, after: () => void): (item: HTMLElement, open: boolean) => Promise<void> {
  return async (item, open) => {
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
    after();
  };
}

/** Clicks and keys on the tree: a click on a box (its words included) focuses it here; the twisty opens and closes. */
function bindTree({ tree, state, focus }: MapParts, setExpanded: (item: HTMLElement, open: boolean) => Promise<void>): void {
  tree.addEventListener('focusin', (event) => {
    const item = event.target as HTMLElement;
    if (item.getAttribute('role') === 'treeitem' && item !== focus.current()) focus.set(item, true);
  });
  tree.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    if (target.closest('[data-toggle]')) void setExpanded(item, item.getAttribute('aria-expanded') === 'false');
    if (target.closest('a.mt-branch') && item.dataset.branch) {
      event.preventDefault();
      void setExpanded(item, true);
    }
    // The claim's words focus it here, as the pane says; its own page is a link in the pane.
    const words = target.closest('a.mt-text');
    const plain = !(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey && !(event as MouseEvent).shiftKey && (event as MouseEvent).button === 0;
    if (words && plain) event.preventDefault();
    if (!target.closest('a') || (words && plain)) focus.set(item, true);
  });
  treeKeys(tree, state, { current: () => focus.current(), focus: (item) => focus.set(item, true), setExpanded: (item, open) => void setExpanded(item, open) });
}

/** The zoom buttons, and expand and collapse all (fetching every branch first). */
function bindControls({ viewport, state, lines, zoom, status, focusData, focus }: MapParts): void {
  document.querySelector('.map-zoom')?.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.zoom) zoom.button(button.dataset.zoom);
    if (!button.dataset.expand) return;
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
    focus.redraw();
  });
}

/** Opening on a claim: the address's #id, a skip link, Back; then the map is ready. */
function startAt({ viewport, canvas, focus }: MapParts, filters: { apply(params: URLSearchParams): void }): void {
  const fromHash = () => decodeURIComponent(location.hash.slice(1));
  window.addEventListener('hashchange', () => void focus.openId(fromHash()));
  for (const skip of document.querySelectorAll<HTMLAnchorElement>('[data-skip-tree]')) {
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      focus.set(focus.current(), true);
    });
  }
  // Back from a claim's page: the address keeps #id; a page restored from the back-forward cache keeps its state.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && location.hash && !location.hash.startsWith('#dm')) focus.set(focus.current(), true);
  });
  filters.apply(new URLSearchParams(location.search));
  canvas.classList.add('is-live');
  viewport.classList.add('is-ready');
  focus.set(focus.current(), false);
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const stored = navigation?.type === 'back_forward' ? focus.stored() : null;
  const start = fromHash() || stored || '';
  void (start ? focus.openId(start) : Promise.resolve()).then(() => {
    viewport.dataset.ready = 'true';
    performance.mark('map-ready');
  });
  window.addEventListener('resize', () => focus.redraw());
}
