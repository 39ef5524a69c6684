import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

const graph = loadGraph(join(ROOT, 'dist/graph.json'));

describe('claims on the essay pages', () => {
  for (const essay of graph.essays) {
    test(`/essays/${essay.id}/ wraps each of its claims' exact words in an element with the claim's id`, async () => {
      const $ = cheerio.load(await readFile(join(ROOT, 'dist/essays', essay.id, 'index.html'), 'utf8'));
      const claims = graph.claims.filter((claim) => claim.essay === essay.id);
      assert.ok(claims.length > 0);
      for (const claim of claims) {
        const element = $(`[id="${claim.id}"]`);
        assert.equal(element.length, 1, `#${claim.id} on the page`);
        assert.equal(element.attr('data-claim'), claim.id);
        assert.equal(element.attr('data-kind'), claim.kind);
        assert.equal(collapseSpace(element.text()), collapseSpace(claim.text), claim.id);
        assert.equal(element.closest('.reader-comment').length > 0, claim.kind === 'reader', `${claim.id} inside a reader comment iff kind=reader`);
      }
      assert.deepEqual(
        $('span.claim[data-claim]').map((_, element) => $(element).attr('data-claim')).get(),
        claims.map((claim) => claim.id),
        'claims on the page, in the graph\'s order',
      );
    });
  }
});
