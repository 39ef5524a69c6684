/**
 * A split map's branches, fetched when opened: the top page carries the first levels only, each node
 * with a branch below it giving the address of its essay's map page (`data-branch`), which holds it. The branch's group of
 * treeitems and its focus-pane templates are copied in from that page, so nothing is laid out twice.
 */
const pages = new Map<string, Promise<Document>>();

/** An essay's map page, parsed; fetched once. */
function branchPage(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`the branch ${url} answered ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

/** Copies the focus-pane templates of a fetched page that this page lacks. */
function adoptTemplates(doc: Document, focusData: HTMLElement | null): void {
  if (!focusData) return;
  const have = new Set([...focusData.querySelectorAll<HTMLTemplateElement>('template[data-focus-for]')].map((template) => template.dataset.focusFor));
  for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[data-focus-for]')) {
    if (!have.has(template.dataset.focusFor)) focusData.append(document.importNode(template, true));
  }
}

/**
 * The essay whose map page holds `item`: that of the thesis at the head of its branch (a claim can hang
 * under another essay's claim, and a branch's page is its thesis's essay's), found up the `data-parent` chain.
 */
function branchEssay(item: HTMLElement): string | undefined {
  let at: HTMLElement | null = item;
  while (at && at.getAttribute('aria-level') !== '2') at = at.dataset.parent ? document.getElementById(at.dataset.parent) : null;
  return at?.dataset.essay;
}

/**
 * Fetches the focus-pane templates of `item`'s branch (a split map's top page carries none): from the
 * page of the branch under it, or else its branch's essay map page (`data-essay-pages` + the essay id).
 */
export async function fetchTemplates(item: HTMLElement, focusData: HTMLElement | null): Promise<void> {
  const pages = focusData?.dataset.essayPages;
  const essay = branchEssay(item);
  const url = item.dataset.branch ?? (pages && essay ? `${pages}${essay}/` : undefined);
  if (url) adoptTemplates(await branchPage(url), focusData);
}

/**
 * Fetches the branch under `item` into the page; resolves true when it was added. `from` is another
 * page that holds it too: the whole map, when every branch is opened at once (one request, not one an essay).
 */
export function fetchBranch(item: HTMLElement, focusData: HTMLElement | null, from?: string): Promise<boolean> {
  // One fetch an item at a time: a second opening while the first is on its way (a double click, Right
  // twice, Expand all during an #id) waits for it instead of adding the branch twice.
  let pending = fetching.get(item);
  if (!pending) {
    pending = graft(item, focusData, from).finally(() => fetching.delete(item));
    fetching.set(item, pending);
  }
  return pending;
}
const fetching = new WeakMap<HTMLElement, Promise<boolean>>();

async function graft(item: HTMLElement, focusData: HTMLElement | null, from?: string): Promise<boolean> {
  const url = item.dataset.branch && (from ?? item.dataset.branch);
  const added = () => item.nextElementSibling?.getAttribute('role') === 'group';
  if (!url || added()) return false;
  const doc = await branchPage(url);
  if (added()) return false;
  const there = doc.getElementById(item.id);
  const group = there?.nextElementSibling;
  if (!group || group.getAttribute('role') !== 'group') throw new Error(`the branch page ${url} has no branch under ${item.id}`);
  item.after(document.importNode(group, true));
  item.setAttribute('aria-owns', group.id);
  delete item.dataset.branch;
  adoptTemplates(doc, focusData);
  return true;
}

/** The branch root whose branch holds `id` (from its `data-branch-ids`), if any. */
export function branchHolding(items: readonly HTMLElement[], id: string): HTMLElement | undefined {
  return items.find((item) => item.dataset.branch && (item.dataset.branchIds ?? '').split(' ').includes(id));
}
