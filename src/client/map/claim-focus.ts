/**
 * The claim in focus on the map's tree: one treeitem holds the roving tabindex, its pane shows it whole
 * (focus-pane.ts), its neighbours and lines stand out once a reader chose it, and the address and
 * sessionStorage keep it so Back returns to it. `openId` opens the branches above a claim (fetching
 * one that lives on another page) and focuses it; `quiet` fills the pane without moving focus or the page.
 */
import { nodeId, type TreeState } from './tree-state.ts';
import type { Drawing } from './redraw.ts';
import type { MapZoom } from './zoom.ts';
import { focusPane } from './focus-pane.ts';
import { branchHolding, fetchTemplates } from './branches.ts';
import { parseRelationId } from './redraw.ts';

/** What the focus needs from the map. */
export interface FocusParts {
  canvas: HTMLElement; state: TreeState; lines: Drawing; zoom: MapZoom; focusData: HTMLElement | null;
  setExpanded(item: HTMLElement, open: boolean): Promise<void>;
}

/** The claim in focus and how to move it. */
export interface ClaimFocus {
  /** The treeitem in focus. */
  current(): HTMLElement;
  /** Puts `item` in focus; `focus` also moves keyboard focus to it, reveals it and remembers it. */
  set(item: HTMLElement, focus: boolean): void;
  /** Opens the branches above a claim and puts it in focus (`quiet`: the pane only, nothing moves). */
  openId(id: string, options?: { quiet?: boolean }): Promise<void>;
  /** Redraws the lines after the shown rows changed, keeping the focus on a shown claim. */
  redraw(): void;
  /** The claim this page last had in focus in this tab, if any. */
  stored(): string | null;
  /** Called when a claim to open was hidden by the filters (they are then cleared). */
  onFiltered(clear: () => void): void;
}

/** The claim in focus on the tree (see the file's note). */
export function claimFocus({ canvas, state, lines, zoom, focusData, setExpanded }: FocusParts): ClaimFocus {
  let current = state.items[0]!;
  current.tabIndex = 0;
  let clearFilters: () => void = () => undefined;
  const storageKey = `counterpoint:map-focus:${location.pathname}`;
  const nearestShown = (item: HTMLElement): HTMLElement => {
    for (let at: HTMLElement | undefined = item; at; at = state.parentOf(at)) if (state.visible.includes(at)) return at;
    return state.visible[0] ?? state.items[0]!;
  };
  // A link in the pane to a claim of this map focuses it here, fetching its branch first if it is not in yet.
  const showPane = focusPane(document.getElementById('map-focus-body'), focusData, (id) => {
    if (!state.byId.has(id) && !branchHolding(state.items, id)) return false;
    void openId(id);
    return true;
  }, async (id) => {
    const item = state.byId.get(id);
    if (item) await fetchTemplates(item, focusData);
  });
  const markNeighbours = (item: HTMLElement) => markNear(canvas, state, lines, item);
  const remember = (item: HTMLElement) => rememberPlace(storageKey, item);
  // On a phone the pane is a sheet over the tree: Close puts it away until another claim is chosen.
  const paneBox = document.getElementById('map-focus');
  document.getElementById('map-focus-close')?.addEventListener('click', () => paneBox?.classList.add('is-dismissed'));
  function set(item: HTMLElement, focus: boolean): void {
    if (focus) paneBox?.classList.remove('is-dismissed');
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
  function redraw(): void {
    lines.redraw();
    zoom.fitHeight();
    if (!state.visible.includes(current)) set(nearestShown(current), false);
  }
  async function open(target: HTMLElement, quiet: boolean): Promise<void> {
    for (let up = state.parentOf(target); up; up = state.parentOf(up)) if (up.getAttribute('aria-expanded') === 'false') up.setAttribute('aria-expanded', 'true');
    if (target.parentElement?.classList.contains('is-hidden')) clearFilters();
    redraw();
    set(target, !quiet);
    if (quiet) {
      markNeighbours(target);
      remember(target);
    }
  }
  async function openId(id: string, { quiet = false } = {}): Promise<void> {
    let target = state.byId.get(id);
    if (!target) {
      const holder = branchHolding(state.items, id);
      if (!holder) return;
      await setExpanded(holder, true);
      target = state.byId.get(id);
    }
    if (target) await open(target, quiet);
  }
  const stored = (): string | null => {
    try {
      return sessionStorage.getItem(storageKey);
    } catch {
      return null;
    }
  };
  return { current: () => current, set, openId, redraw, stored, onFiltered: (clear) => void (clearFilters = clear) };
}

/** Marks the claim in focus, its lines and the claims at their other ends, so they stand out. */
function markNear(canvas: HTMLElement, state: TreeState, lines: Drawing, item: HTMLElement): void {
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

/** Keeps the claim in focus in the address and in this tab's storage, so Back returns to it. */
function rememberPlace(storageKey: string, item: HTMLElement): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${item.id}`);
  try {
    sessionStorage.setItem(storageKey, item.id);
  } catch {
    // Storage may be off (private windows): the address still keeps the place.
  }
}
