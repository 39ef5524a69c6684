/**
 * The map's filters (stance, kind, essay), kept in the URL query so a filtered view can be shared. A
 * claim that matches keeps the claims above it, shown as context; the rest of the tree is hidden.
 */
import type { TreeState } from './tree-state.ts';

/** Applies the filters of `params` to the tree; `after` redraws. Returns the form's wiring. */
export function mapFilters(state: TreeState, form: HTMLFormElement | null, status: HTMLElement | null, after: () => void): { apply(params: URLSearchParams): void; clear(): void } {
  function apply(params: URLSearchParams): void {
    const wanted = (name: string) => new Set(params.getAll(name));
    const [stances, kinds, essays] = [wanted('stance'), wanted('kind'), wanted('essay')];
    const matches = (item: HTMLElement): boolean =>
      item.dataset.claim === undefined ||
      ((stances.size === 0 || stances.has(item.dataset.stance ?? '')) &&
        (kinds.size === 0 || kinds.has(item.dataset.kind ?? '')) &&
        (essays.size === 0 || essays.has(item.dataset.essay ?? '')));
    const keep = new Set<HTMLElement>();
    let shown = 0;
    for (const item of state.items) {
      if (!item.dataset.claim || !matches(item)) continue;
      shown += 1;
      for (let at: HTMLElement | undefined = item; at && !keep.has(at); at = state.parentOf(at)) keep.add(at);
    }
    const filtering = stances.size + kinds.size + essays.size > 0;
    for (const item of state.items) {
      item.parentElement?.classList.toggle('is-hidden', filtering && !keep.has(item));
      item.classList.toggle('is-context', filtering && keep.has(item) && !matches(item));
    }
    if (form) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = params.getAll(input.name).includes(input.value);
    }
    const claims = state.items.filter((item) => item.dataset.claim).length;
    if (status) status.textContent = filtering ? `Showing ${shown} of ${claims} claims, with the claims they answer for context.` : '';
    after();
  }
  const fromForm = (): URLSearchParams => {
    const params = new URLSearchParams();
    if (form) for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.append(input.name, input.value);
    return params;
  };
  const commit = (params: URLSearchParams): void => {
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    apply(params);
  };
  form?.addEventListener('change', () => commit(fromForm()));
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(fromForm());
  });
  form?.addEventListener('reset', () => setTimeout(() => commit(new URLSearchParams())));
  return { apply, clear: () => commit(new URLSearchParams()) };
}
