/**
 * The map's tree as the page holds it: its treeitems in row order, how they hang together, and which
 * are shown. Refreshed when a fetched branch adds items (src/client/map/branches.ts).
 */
export interface TreeState {
  /** Every treeitem, in tree (row) order. */
  items: HTMLElement[];
  /** Treeitems by element id (a claim's id; `map-question` for the root). */
  byId: Map<string, HTMLElement>;
  /** The treeitems shown (not in a closed branch, not filtered out), in row order. */
  visible: HTMLElement[];
  /** Re-reads the items after the tree changed. */
  refresh(): void;
  /** The parent treeitem, if any. */
  parentOf(item: HTMLElement): HTMLElement | undefined;
  /** The child treeitems loaded on this page, in order. */
  childrenOf(item: HTMLElement): HTMLElement[];
  /** True when the item is neither inside a closed branch nor filtered out. */
  isShown(item: HTMLElement): boolean;
  /** Recomputes `visible`. */
  computeVisible(): void;
}

/** A treeitem's node id: its claim id, or the question's id. */
export const nodeId = (item: HTMLElement): string => item.dataset.claim ?? item.dataset.question ?? '';

/** The tree's state over the `role="tree"` element. */
export function treeState(tree: HTMLElement): TreeState {
  const byNode = new Map<string, HTMLElement>();
  const hiddenByFilter = (item: HTMLElement): boolean => item.parentElement?.classList.contains('is-hidden') ?? false;
  const state: TreeState = {
    items: [],
    byId: new Map(),
    visible: [],
    refresh() {
      state.items = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      state.byId = new Map(state.items.map((item) => [item.id, item]));
      byNode.clear();
      for (const item of state.items) byNode.set(nodeId(item), item);
      for (const link of tree.querySelectorAll<HTMLElement>('a')) link.tabIndex = -1;
      for (const item of state.items) if (item.tabIndex !== 0) item.tabIndex = -1;
    },
    parentOf: (item) => (item.dataset.parent === undefined ? undefined : byNode.get(item.dataset.parent)),
    childrenOf(item) {
      const group = item.nextElementSibling;
      return group?.getAttribute('role') === 'group' ? [...group.querySelectorAll<HTMLElement>(':scope > li > [role="treeitem"]')] : [];
    },
    isShown(item) {
      if (hiddenByFilter(item)) return false;
      for (let up = state.parentOf(item); up; up = state.parentOf(up)) {
        if (up.getAttribute('aria-expanded') === 'false' || hiddenByFilter(up)) return false;
      }
      return true;
    },
    computeVisible() {
      // One walk in row order: an item is shown when its parent is shown and open (parents come first).
      const shown = new Set<HTMLElement>();
      state.visible = [];
      for (const item of state.items) {
        if (hiddenByFilter(item)) continue;
        const parent = state.parentOf(item);
        if (parent && (!shown.has(parent) || parent.getAttribute('aria-expanded') === 'false')) continue;
        shown.add(item);
        state.visible.push(item);
      }
    },
  };
  state.refresh();
  return state;
}
