/**
 * Writes docs/relations-review.md, the review table of every cross-essay relation (both claims,
 * our note, the note's verbatim quotations), from the graph that `npm run build:graph` wrote.
 *
 * Usage: npm run review-table     (GRAPH_OUT: another graph file)
 */
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { graphFile, loadGraph } from '../src/data-files/load-graph.ts';
import { relationsReview } from '../src/formats/relations-review.ts';
import { inStep, runScript } from './lib/error-boundary.ts';

await runScript('review-table', async () => {
  const root = resolve(import.meta.dirname, '..');
  const show = (path: string) => relative(process.cwd(), path) || path;
  const graph = loadGraph(graphFile(root));
  const out = resolve(root, 'docs/relations-review.md');
  inStep('write the review table', out);
  await writeFile(out, relationsReview(graph));
  console.log(`review-table: -> ${show(out)}`);
});
