/**
 * Writes docs/relations-review.md, the review table of every cross-essay relation (both claims,
 * our note, the note's verbatim quotations), from the graph that `npm run build:graph` wrote.
 *
 * Usage: npm run review-table     (GRAPH_OUT: another graph file)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GraphSchema } from '../src/schemas/graph.ts';
import { relationsReview } from '../src/formats/relations-review.ts';

const root = resolve(import.meta.dirname, '..');
const graphFile = resolve(root, process.env.GRAPH_OUT ?? 'src/data/graph.json');
let text: string;
try {
  text = await readFile(graphFile, 'utf8');
} catch (cause) {
  throw new Error(`${graphFile}: cannot read the graph; run "npm run build:graph" first`, { cause });
}
const out = resolve(root, 'docs/relations-review.md');
await writeFile(out, relationsReview(GraphSchema.parse(JSON.parse(text))));
console.log(`review-table: -> ${out}`);
