/**
 * The pane beside the map: the claim in focus, whole, with what supports, rebuts and undercuts it
 * from every essay (each a link), copied from its build-time `<template data-focus-for>` (MapFocusData.astro).
 * A link to a claim already on this page focuses it there instead of loading another page.
 */
/** Fills the pane for a claim id (or empties it for the question). */
export function focusPane(body: HTMLElement | null, data: HTMLElement | null, go: (id: string) => boolean): (id: string | undefined) => void {
  const idle = body?.innerHTML ?? '';
  body?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-goto]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    if (go(link.dataset.goto ?? '')) event.preventDefault();
  });
  return (id) => {
    if (!body) return;
    const template = id ? data?.querySelector<HTMLTemplateElement>(`template[data-focus-for="${CSS.escape(id)}"]`) : null;
    if (template) body.replaceChildren(template.content.cloneNode(true));
    else body.innerHTML = idle;
  };
}
