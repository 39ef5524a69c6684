import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GraphSchema, type Graph } from '../schemas/graph.ts';
import { SiteDataSchema, type SiteData } from '../schemas/site-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where `build:graph` writes the graph, and where every later step reads it: `$GRAPH_OUT` (relative to
 * the project root; tests point it elsewhere), else `src/data/graph.json`. The one place it is resolved.
 */
export function graphFile(root = ROOT): string {
  return resolve(root, process.env.GRAPH_OUT ?? 'src/data/graph.json');
}

/** Where `build:graph` writes the site data: beside the graph. */
export function siteDataFile(root = ROOT): string {
  return join(dirname(graphFile(root)), 'site-data.json');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`${file}: cannot read what build:graph writes; run "npm run build:graph" first`, { cause });
  }
}

/** The graph `build:graph` wrote (see `graphFile`), validated. Throws, naming the file, when it is missing. */
export function loadGraph(file = graphFile()): Graph {
  return GraphSchema.parse(readJson(file));
}

/** The site data `build:graph` wrote beside the graph (see `siteDataFile`), validated. */
export function loadSiteData(file = siteDataFile()): SiteData {
  return SiteDataSchema.parse(readJson(file));
}
