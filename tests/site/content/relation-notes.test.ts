import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { quotesOf } from '../../../src/graph/note-quotes.ts';
import { isCrossEssay, notedClaims } from '../../../src/graph/cross-essay.ts';
import { relationsReview } from '../../../src/formats/relations-review.ts';
import { graphFile, loadGraph } from '../../../src/data-files/load-graph.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const graph = loadGraph(graphFile(ROOT));
const cross = graph.relations.filter((relation) => isCrossEssay(graph, relation));

describe('the notes on cross-essay relations', () => {
  test('there are cross-essay relations, and at least one undercut among them', () => {
    assert.ok(cross.length > 0);
    assert.ok(cross.some((relation) => relation.type === 'undercuts'), 'no cross-essay undercut');
  });

  test('every note quotes words of both claims, verbatim', () => {
    const missing = cross.flatMap((relation) => {
      const { from, target } = notedClaims(graph, relation);
      const note = relation.note ?? '';
      return [
        quotesOf(note, from!.text).length === 0 ? `${relation.id}: quotes nothing of "${from!.id}"` : [],
        quotesOf(note, target!.text).length === 0 ? `${relation.id}: quotes nothing of "${target!.id}"` : [],
      ].flat();
    });
    assert.deepEqual(missing, []);
  });

  test('docs/relations-review.md is the review table of the current graph (npm run review-table)', async () => {
    assert.equal(await readFile(resolve(ROOT, 'docs/relations-review.md'), 'utf8'), relationsReview(graph));
  });
});
