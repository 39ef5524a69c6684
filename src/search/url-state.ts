/** The search page's state as its URL carries it: `?q=words&essay=…&kind=…`. */
export interface SearchState {
  /** The words, trimmed. */
  query: string;
  /** The filters that are set, by name. */
  filters: Record<string, string>;
}

/**
 * The state in `params`, keeping only filter values that `allowed` lists for their filter: an unknown
 * value (an old link, a typo) would silently filter everything out, so it is dropped.
 */
export function stateFromParams(params: URLSearchParams, allowed: Record<string, readonly string[]>): SearchState {
  const filters: Record<string, string> = {};
  for (const [name, values] of Object.entries(allowed)) {
    const value = params.get(name) ?? '';
    if (value && values.includes(value)) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state (`q` first, then the filters), without the `?`; empty for no state. */
export function paramsOfState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  return params.toString();
}
