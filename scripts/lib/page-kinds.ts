import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildsWholePage, topPageClaims } from '../../src/map/map-pages.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { argueWorksheet } from '../../src/teach/argue-worksheet.ts';
import { mapWorksheet } from '../../src/teach/map-worksheet.ts';
import type { Worksheet } from '../../src/teach/worksheet.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** One page the gates open in the browser. */
export interface PageKind {
  /** Short name for test titles: `essay`, `map (collapsed)`. */
  name: string;
  /** Site-relative path with query, without the base. */
  path: string;
  /** What to do once the page has loaded, before it is checked (e.g. collapse the map). */
  prepare?: 'expand-map' | 'collapse-map' | 'await-results';
}

/**
 * The graph the built site was made from: `dist/graph.json` as published, or the build's own graph
 * (`graphFile`) while the published copy does not exist yet (both come from the same build).
 */
function builtGraph(root: string): Graph {
  const published = join(root, 'dist/graph.json');
  return loadGraph(existsSync(published) ? published : graphFile(root));
}

/** The page kind of the first essay's worksheet that `make` gives, or none when no essay has one. */
function worksheetKind(name: string, graph: Graph, make: (graph: Graph, essayId: string) => Worksheet | undefined): PageKind[] {
  const sheet = graph.essays.map((essay) => make(graph, essay.id)).find((item) => item !== undefined);
  return sheet ? [{ name, path: `/teach/worksheets/${sheet.id}/` }] : [];
}

/**
 * Every kind of page on the site, with real ids from the graph built in `root` (default: this
 * project). A kind whose page is not built yet is still listed: its gate fails (404), it is never
 * skipped. Shared by tests/e2e/gates.test.ts and scripts/bench/bench.ts.
 */
export async function pageKinds(root = ROOT): Promise<PageKind[]> {
  const graph = builtGraph(root);
  const essay = graph.essays[0];
  const claim = graph.claims[0];
  if (!essay || !claim) throw new Error('the built graph has no essay or no claim');
  return [
    { name: 'home', path: '/' },
    { name: 'essay', path: `/essays/${essay.id}/` },
    { name: 'claim', path: `/claims/${claim.id}/` },
    { name: 'handout', path: `/essays/${essay.id}/handout/` },
    { name: 'handout (no comments)', path: `/essays/${essay.id}/handout/no-comments/` },
    { name: 'map (expanded)', path: '/map/', prepare: 'expand-map' },
    { name: 'map (collapsed)', path: '/map/', prepare: 'collapse-map' },
    { name: 'map of one essay', path: `/map/${essay.id}/` },
    // Built when /map/ shows only the first levels of a map that is not too large (src/map/map-pages.ts).
    ...(buildsWholePage(graph.claims.length, topPageClaims(process.env)) ? [{ name: 'whole map', path: '/map/all/' }] : []),
    { name: 'search with results', path: '/search/?q=regime+security', prepare: 'await-results' },
    { name: 'teach', path: '/teach/' },
    // The classroom pages (src/teach/): an essay has each worksheet only when its content allows (a thesis
    // to argue for, a paragraph with related claims to map), so the first essay that has one is taken.
    ...worksheetKind('worksheet (argue as)', graph, argueWorksheet),
    ...worksheetKind('worksheet (map it yourself)', graph, mapWorksheet),
    { name: 'self-check', path: '/teach/self-check/' },
    { name: 'self-check of one essay', path: `/teach/self-check/${essay.id}/` },
    { name: 'about', path: '/about/' },
    { name: 'clashes', path: '/clashes/' },
  ];
}
