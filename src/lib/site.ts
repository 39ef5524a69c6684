import graphJson from '../data/graph.json' with { type: 'json' };
import { GraphSchema, type Graph } from '../schemas/graph.ts';
import { parseIsoDate, siteDate } from '../words/iso-date.ts';

/** The argument graph, as `scripts/build-graph.ts` wrote it, validated once. */
export const graph: Graph = GraphSchema.parse(graphJson);

/**
 * Prefixes a site-relative path ("/essays/x/#c") with Astro's `base`, so every link works
 * when the site is hosted under a subpath (BASE=/course/argmap/).
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Formats an ISO date at its own precision: "2022", "November 2022", "22 December 2022". */
export function formatDate(iso: string): string {
  return siteDate(parseIsoDate(iso));
}
