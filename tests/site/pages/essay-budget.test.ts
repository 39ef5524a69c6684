import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../../helpers/dist.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';

// Reads the built site (npm test builds first). The budget is issue 27's; gzip -9 as a host serves it.
const KB = 1024;
const BUDGET = 35 * KB;
/** About one TCP initial window: the first claim arrives in it. */
const FIRST_WINDOW = 14 * KB;
const graph = loadGraph(join(DIST, 'graph.json'));
const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

describe('essay page bytes', () => {
  test('every essay page is at most 35 KB gzip, its first claim within the first 14 KB', async () => {
    const over: string[] = [];
    for (const essay of graph.essays) {
      const html = await readFile(join(DIST, essay.url, 'index.html'), 'utf8');
      const first = html.indexOf('data-claim=');
      assert.ok(first > 0, `${essay.url}: no claim`);
      const end = html.indexOf('</span>', first);
      const total = gzipped(html);
      const upToFirst = gzipped(html.slice(0, end));
      if (total > BUDGET || upToFirst > FIRST_WINDOW) over.push(`${essay.url}: ${(total / KB).toFixed(1)} KB gzip, first claim by ${(upToFirst / KB).toFixed(1)} KB`);
    }
    assert.deepEqual(over, []);
  });

  test('a claim’s relations are quoted once, in its note, not again in the appendix', async () => {
    for (const essay of graph.essays) {
      const html = await readFile(join(DIST, essay.url, 'index.html'), 'utf8');
      const appendix = html.slice(html.indexOf('id="claims-appendix"'));
      assert.equal((appendix.match(/class="our-note"/g) ?? []).length, 0, `${essay.url}: our notes repeated in the appendix`);
      assert.equal((appendix.match(/class="relation-list/g) ?? []).length, 0, `${essay.url}: relation lists repeated in the appendix`);
    }
  });
});
