import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { checkReadingGuide } from '../../../src/teach/check-reading-guide.ts';
import { readingGuide } from '../../../src/teach/reading-guide.ts';

import { fixtureGraph } from '../../helpers/graph-fixture.ts';

describe('checkReadingGuide', () => {
  test('finds every essay and claim of the guide in the real graph', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    assert.deepEqual(checkReadingGuide(readingGuide, graph), []);
  });

  test('reports a claim id the graph does not have', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    const renamed = graph.claims.find((claim) => claim.id === readingGuide.essays[0]!.questions[0]!.claims[0])!;
    renamed.id = `${renamed.id}-renamed`;
    assert.ok(checkReadingGuide(readingGuide, graph).some((problem) => problem.includes(`unknown claim "${readingGuide.essays[0]!.questions[0]!.claims[0]}"`)));
  });

  test('puts the essays in the order they were written, Evans first', async () => {
    const graph = await fixtureGraph(resolve(import.meta.dirname, '../../../content'));
    const dates = readingGuide.essays.map((entry) => graph.essays.find((essay) => essay.id === entry.essay)!.published);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(graph.essays.find((essay) => essay.id === readingGuide.essays[0]!.essay)?.author, 'Ryan Evans');
    assert.equal(new Set(readingGuide.essays.map((entry) => entry.essay)).size, graph.essays.length);
  });
});
