import { COMMENTS_HEADING_ID, COMMENTS_SECTION_ID } from '../markup/grammar.ts';

/**
 * Element ids the site's own pages use (the layout, the essay page, the map, which gives each claim's
 * node the claim's id, and the other pages). A claim id becomes an element id on the essay page and the
 * map, so it must not take one of these, or a deep link `#id` would land on the page's own element
 * (the search box, a heading). `tests/unit/compile/reserved-ids.test.ts` reads every literal `id="…"`
 * in src/ and fails if one is missing here, so this list cannot fall behind the pages.
 */
export const RESERVED_IDS = [
  // layout (src/layouts, src/components)
  'main', 'content', 'top', 'site-search', 'site-search-q',
  // essay page
  'essay', 'notes', 'claims-appendix', 'claims-appendix-heading', 'claims-appendix-intro', COMMENTS_SECTION_ID, COMMENTS_HEADING_ID,
  // the question (map node, home page)
  'question', 'map-question',
  // claim pages
  'relations-heading', 'cite', 'mt-head-supports', 'mt-head-rebuts', 'mt-head-undercuts',
  // map
  'dmap', 'dmap-h', 'dmap-wide', 'dml', 'map-canvas', 'map-filters', 'map-filters-clear', 'map-how', 'map-how-h', 'map-links', 'map-overview', 'map-overview-svg', 'map-status', 'map-tree', 'map-viewport', 'ov-title', 'ov-desc',
  // search
  'search', 'search-form', 'search-q', 'search-more', 'search-results', 'search-status',
  // home, teach, about
  'start-heading', 'reading-order', 'context-heading', 'exercises', 'exports', 'link', 'host', 'print', 'method', 'inferred', 'captures', 'links',
  // about/method, clashes
  'kinds', 'relations', 'clash-questions-heading',
] as const;

/** Id prefixes the pages generate (`search-<filter>`, `rel-<direction>`, `capture-<file>`, the map picture's `dm-<claim>` and `dml-<claim>`): a claim id must not start with them. */
export const RESERVED_ID_PREFIXES = ['search-', 'rel-', 'capture-', 'map-', 'dm-', 'dml-'] as const;

/** Essay ids the site's own pages take: an essay's map is `/map/<essay-id>/`, and `/map/all/` is the whole map. */
export const RESERVED_ESSAY_IDS = ['all'] as const;
