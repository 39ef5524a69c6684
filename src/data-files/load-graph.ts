import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { GraphSchema, type Graph } from '../schemas/graph.ts';
import { SiteDataSchema, type SiteData } from '../schemas/site-data.ts';
import { DataFileError } from './data-file-error.ts';
import { parseWithSchema } from './parse-with-schema.ts';
import { formatProblem } from './place.ts';

/**
 * Where `build:graph` writes the graph, and where every later step reads it: `$GRAPH_OUT` (relative to
 * the project root, the working directory of every build step; tests point it elsewhere), else
 * `src/data/graph.json`. The one place it is resolved.
 */
export function graphFile(root = process.cwd()): string {
  return resolve(root, process.env.GRAPH_OUT ?? 'src/data/graph.json');
}

/** Where `build:graph` writes the site data: beside the graph. */
export function siteDataFile(root = process.cwd()): string {
  return join(dirname(graphFile(root)), 'site-data.json');
}

/** A path as messages show it: relative to the working directory when inside it. */
function shown(file: string): string {
  const path = relative(process.cwd(), file);
  return path === '' || path === '..' || path.startsWith(`..${sep}`) ? file : path;
}

/** The text of a file `build:graph` wrote; a missing or unreadable one is a `DataFileError` saying to run it. */
export function readBuiltText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new DataFileError([`${shown(file)}: error: cannot read ${what} (${code}): run "npm run build:graph" first`], { cause });
  }
}

/** Reads and validates a file `build:graph` wrote; every problem at `file:line:column`, with its fix. */
function loadBuilt<Schema extends z.ZodType>(file: string, schema: Schema, what: string): z.output<Schema> {
  const read = parseWithSchema(readBuiltText(file, what), shown(file), schema, {
    format: 'json',
    what,
    describe: (issue) => `${what} does not match this version of the site (${issue.path.map(String).join('.') || 'top'}: ${issue.message})`,
  });
  if (read.ok) return read.value;
  throw new DataFileError(read.problems.slice(0, 5).map((problem) => formatProblem({ ...problem, severity: 'error', message: `${problem.message}: run "npm run build:graph" again` })));
}

/**
 * The graph `build:graph` wrote (default: `graphFile()`), validated: the one reader of it, for every
 * script, the site (src/lib/site.ts, astro.config.mjs) and the tests. A missing, unreadable, invalid or
 * out-of-date file throws a `DataFileError` naming the file (and line and column) and what to do.
 */
export function loadGraph(file = graphFile()): Graph {
  return loadBuilt(file, GraphSchema, 'the graph');
}

/** The site data `build:graph` wrote beside the graph (see `siteDataFile`), validated like `loadGraph`. */
export function loadSiteData(file = siteDataFile()): SiteData {
  return loadBuilt(file, SiteDataSchema, 'the site data');
}
