import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectSiteData } from '../../../src/compile/collect-site-data.ts';
import { SiteDataSchema } from '../../../src/schemas/site-data.ts';
import { fixtureGraph } from '../../helpers/graph-fixture.ts';
import { GOOD } from '../../helpers/content.ts';

describe('collectSiteData', () => {
  test('writes each essay\'s parsed text without source positions, and what the pages read from the content', async () => {
    const graph = await fixtureGraph();
    const data = await collectSiteData(GOOD, graph, { clashQuestions: { questions: [] }, readingGuide: undefined });
    assert.deepEqual(Object.keys(data.essays).sort(), graph.essays.map((essay) => essay.id).sort());
    for (const essay of Object.values(data.essays)) {
      assert.equal(essay.tree.type, 'root');
      assert.ok(!JSON.stringify(essay.tree).includes('"position"'));
    }
    assert.ok(data.published.claims.length > 0);
    // What build:graph writes, the site reads back through the same schema.
    assert.deepEqual(SiteDataSchema.parse(JSON.parse(JSON.stringify(data))), data);
  });

  test('counts an essay\'s reader comments', async () => {
    const graph = await fixtureGraph();
    const data = await collectSiteData(GOOD, graph, { clashQuestions: { questions: [] }, readingGuide: undefined });
    // The fixture's alpha carries two :::comment blocks, beta and gamma none.
    assert.deepEqual(Object.fromEntries(Object.entries(data.essays).map(([id, essay]) => [id, essay.commentCount])), { alpha: 2, beta: 0, gamma: 0 });
  });
});
