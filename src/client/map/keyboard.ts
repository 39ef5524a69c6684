/**
 * The WAI-ARIA tree view keys on the map: Up and Down move between shown claims, Right opens a branch
 * or enters it, Left closes it or goes to its parent, Home and End jump to the first and last, Enter
 * clicks the claim's words, which the tree keeps on the map (the pane links the claim's page), or
 * follows the claim's link (or opens and closes the question's branch).
 */
import type { TreeState } from './tree-state.ts';

/** What the keys act through. */
export interface KeyActions {
  /** The treeitem with the roving tabindex. */
  current(): HTMLElement;
  /** Moves focus to a treeitem. */
  focus(item: HTMLElement): void;
  /** Opens or closes a branch (fetching it first when it lives on another page). */
  setExpanded(item: HTMLElement, open: boolean): void;
}

/** Listens for the tree view keys on `tree`. */
export function treeKeys(tree: HTMLElement, state: TreeState, actions: KeyActions): void {
  tree.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!(event.target as HTMLElement).matches('[role="treeitem"]')) return;
    const item = actions.current();
    const index = state.visible.indexOf(item);
    const expanded = item.getAttribute('aria-expanded');
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown': next = state.visible[index + 1]; break;
      case 'ArrowUp': next = state.visible[index - 1]; break;
      case 'Home': next = state.visible[0]; break;
      case 'End': next = state.visible[state.visible.length - 1]; break;
      case 'ArrowRight':
        if (expanded === 'false') actions.setExpanded(item, true);
        else if (expanded === 'true') next = state.childrenOf(item).find(state.isShown);
        break;
      case 'ArrowLeft':
        if (expanded === 'true') actions.setExpanded(item, false);
        else next = state.parentOf(item);
        break;
      case 'Enter': {
        const link = item.querySelector<HTMLAnchorElement>(':scope > a.mt-text');
        if (link) link.click();
        else if (expanded) actions.setExpanded(item, expanded === 'false');
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next) actions.focus(next);
  });
}
