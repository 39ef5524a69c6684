/**
 * Every page's URL shape, site-relative and without the base (add it with `pathWithBase`). The one place
 * a route is spelt: `build:graph` writes these into graph.json, and pages, cards and tests build links with them.
 */
export const ROUTES = {
  /** An essay's page: `/essays/<id>/`. */
  essay: (essayId: string): string => `/essays/${essayId}/`,
  /** A claim in its essay: `/essays/<essay>/#<id>`. */
  claimInEssay: (essayId: string, claimId: string): string => `/essays/${essayId}/#${claimId}`,
  /** A claim's own page: `/claims/<id>/`. */
  claim: (claimId: string): string => `/claims/${claimId}/`,
  /** A clash's page: `/clashes/<relation-id>/`. */
  clash: (relationId: string): string => `/clashes/${relationId}/`,
  /** An essay's printable handout, with or without its reader comments. */
  handout: (essayId: string, comments = true): string => `/essays/${essayId}/handout/${comments ? '' : 'no-comments/'}`,
  /** An essay's branch of the map: `/map/<essay-id>/`. */
  mapBranch: (essayId: string): string => `/map/${essayId}/`,
  /** A page's social card: `/og/essays/<id>.png`, `/og/claims/<id>.png` (other pages show the site's card). */
  card: (kind: 'essays' | 'claims', id: string): string => `/og/${kind}/${id}.png`,
} as const;
