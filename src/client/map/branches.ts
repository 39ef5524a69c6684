/**
 * A large map's branches, fetched when opened: the top page carries the theses only, each with the
 * address of its essay's map page (`data-branch`), which holds the whole branch. The branch's group of
 * treeitems and its focus-pane templates are copied in from that page, so nothing is laid out twice.
 */
/** Fetches the branch under `item` into the page; resolves true when it was added. */
export async function fetchBranch(item: HTMLElement, focusData: HTMLElement | null): Promise<boolean> {
  const url = item.dataset.branch;
  if (!url || item.nextElementSibling?.getAttribute('role') === 'group') return false;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the branch ${url} answered ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const there = doc.getElementById(item.id);
  const group = there?.nextElementSibling;
  if (!group || group.getAttribute('role') !== 'group') throw new Error(`the branch page ${url} has no branch under ${item.id}`);
  item.after(document.importNode(group, true));
  item.setAttribute('aria-owns', group.id);
  delete item.dataset.branch;
  if (focusData) {
    const have = new Set([...focusData.querySelectorAll<HTMLTemplateElement>('template[data-focus-for]')].map((template) => template.dataset.focusFor));
    for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[data-focus-for]')) {
      if (!have.has(template.dataset.focusFor)) focusData.append(document.importNode(template, true));
    }
  }
  return true;
}

/** The branch root whose branch holds `id` (from its `data-branch-ids`), if any. */
export function branchHolding(items: readonly HTMLElement[], id: string): HTMLElement | undefined {
  return items.find((item) => item.dataset.branch && (item.dataset.branchIds ?? '').split(' ').includes(id));
}
