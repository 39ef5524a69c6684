/** The search page's sentences (src/search/status-text.ts, src/client/search.ts): every string in one table. */
export const SEARCH_WORDS = {
  noResults: 'No results',
  withFilters: ' with the chosen filters',
  showingFor: 'Showing results for',
  /** Before the quoted words no essay has. */
  noEssayHas: (count: number) => (count === 1 ? 'No essay has the word' : 'No essay has the words'),
  leftOut: (count: number) => (count === 1 ? 'so it was left out' : 'so they were left out'),
  searching: 'Searching…',
  failed: 'Search could not load. You can still read the essays or browse the map.',
  /** The filters' fold, with how many are set. */
  filters: (set: number) => (set === 0 ? 'Narrow the results' : `Narrow the results (${set} set)`),
} as const;
