/**
 * Writes docs/relations-review.md, the review table of every cross-essay relation (both claims,
 * our note, the note's verbatim quotations), from the graph that `npm run build:graph` wrote.
 *
 * Usage: npm run review-table     (GRAPH_OUT: another graph file)
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadGraph } from '../src/io/load-graph.ts';
import { relationsReview } from '../src/formats/relations-review.ts';

const out = resolve(import.meta.dirname, '../docs/relations-review.md');
await writeFile(out, relationsReview(loadGraph()));
console.log(`review-table: -> ${out}`);
