/**
 * The pane beside the map: the claim in focus, whole, with what supports, rebuts and undercuts it
 * from every essay (each a link), copied from its build-time `<template data-focus-for>` (MapFocusData.astro).
 * A link to a claim already on this page focuses it there instead of loading another page.
 */
/**
 * Fills the pane for a claim id (or empties it for the question). When the claim's template is not on
 * the page yet (a large map's theses), `load` fetches it and the pane fills if the claim is still in focus.
 */
export function focusPane(body: HTMLElement | null, data: HTMLElement | null, go: (id: string) => boolean, load: (id: string) => Promise<void>): (id: string | undefined) => void {
  let showing: string | undefined;
  const idle = body?.innerHTML ?? '';
  body?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-goto]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    if (go(link.dataset.goto ?? '')) event.preventDefault();
  });
  const find = (id: string) => data?.querySelector<HTMLTemplateElement>(`template[data-focus-for="${CSS.escape(id)}"]`);
  const show = (id: string | undefined): void => {
    if (!body) return;
    showing = id;
    const template = id ? find(id) : null;
    if (template) body.replaceChildren(template.content.cloneNode(true));
    else body.innerHTML = idle;
    if (id && !template) {
      void load(id).then(() => {
        if (showing === id && find(id)) show(id);
      }).catch(() => undefined);
    }
  };
  return show;
}
