import type { Graph } from '../schemas/graph.ts';
import type { SiteData } from '../schemas/site-data.ts';
import { loadGraph, loadSiteData } from '../data-files/load-graph.ts';
import { parseIsoDate, siteDate } from '../words/iso-date.ts';

/** The argument graph, as `scripts/build-graph.ts` wrote it, validated once. */
export const graph: Graph = loadGraph();

/** Everything else the pages need from the content, as `scripts/build-graph.ts` checked and wrote it. */
export const siteData: SiteData = loadSiteData();

/** Formats an ISO date at its own precision: "2022", "November 2022", "22 December 2022". */
export function formatDate(iso: string): string {
  return siteDate(parseIsoDate(iso));
}
