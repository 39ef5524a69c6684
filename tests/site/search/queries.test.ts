import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GraphSchema } from '../../../src/schemas/graph.ts';
import { loadPagefind, topResults, type NodePagefind } from '../../helpers/pagefind.ts';

const graph = GraphSchema.parse(JSON.parse(await readFile(resolve(import.meta.dirname, '../../../src/data/graph.json'), 'utf8')));

/**
 * Phrases a reader would remember, per essay, and the claim each must find in the first three
 * results. Several are in another word form than the essay's ("freezing" for "freeze",
 * "incentives", "abducted", "emboldening", "accepts"), or only in the claim's paragraph ("Melitopol").
 */
const QUERIES: Record<string, [query: string, claim: string][]> = {
  'call-putin-out': [
    ['test Putin\'s seriousness', 'evans-test-by-talks'],
    ['NATO open door', 'evans-not-sphere'],
    ['negotiating because we do not trust', 'evans-negotiate-because-distrust'],
    ['diplomacy portrayed as weakness', 'evans-diplomacy-as-weakness'],
    ['Russia accepts pain and sanctions', 'evans-russia-accepts-pain'],
    ['demobilize the invasion force', 'evans-test-by-talks'],
  ],
  'why-putin-fights': [
    ['regime security', 'greene-regime-security'],
    ['national security calculus', 'greene-no-security-calculus'],
    ['negotiations would make things worse', 'greene-talks-make-worse'],
    ['incentives to keep fighting', 'greene-incentive-to-keep-fighting'],
    ['red lines are in Russia', 'greene-no-red-lines-to-learn'],
    ['eight years of negotiations', 'reader-eight-years'],
  ],
  'case-against-negotiations': [
    ['Melitopol', 'kagan-vital-areas-held'],
    ['negotiations only pause the war', 'kagan-pause-not-end'],
    ['freezing the lines', 'kagan-ceasefire-freezes-lines'],
    ['fire never ceased', 'kagan-fire-never-ceased'],
    ['abducted Ukrainian children', 'kagan-occupation-atrocities'],
    ['military facts on the ground', 'kagan-facts-before-talks'],
  ],
  'folly-of-negotiating': [
    ['territorial annexation', 'da-annexation-precedent'],
    ['Suez Canal', 'da-suez-iran-precedents'],
    ['peace is a misnomer', 'da-peace-misnomer'],
    ['peace through Ukrainian victory', 'da-peace-through-victory'],
    ['war crimes in Bucha', 'da-occupation'],
    ['emboldening Putin', 'da-pressure-emboldens'],
  ],
};

/** Strips Pagefind's `<mark>`s and decodes the entities it writes. */
function excerptText(excerpt: string): string {
  return excerpt.replace(/<\/?mark>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('search queries', () => {
  let loaded: NodePagefind;
  before(async () => {
    loaded = await loadPagefind();
  });
  after(async () => {
    await loaded?.site.close();
  });

  test('has queries for every essay, for claims of that essay', () => {
    assert.deepEqual(Object.keys(QUERIES).sort(), graph.essays.map((essay) => essay.id).sort());
    for (const [essay, queries] of Object.entries(QUERIES)) {
      assert.ok(queries.length >= 3, `${essay}: at least three queries`);
      for (const [, id] of queries) assert.equal(graph.claims.find((claim) => claim.id === id)?.essay, essay, `${id} is a claim of ${essay}`);
    }
  });

  for (const [essay, queries] of Object.entries(QUERIES)) {
    for (const [query, id] of queries) {
      test(`“${query}” finds ${id} (${essay}) in the first three results`, async () => {
        const results = await topResults(loaded.pagefind, query, 3);
        const urls = results.map((result) => result.url);
        assert.ok(urls.includes(`/claims/${id}/`), `got ${urls.join(', ')}`);
      });
    }
  }

  test('a claim result carries its words, essay and author, and its excerpt shows only the claim and its paragraph', async () => {
    const [first] = await topResults(loaded.pagefind, 'regime security', 1);
    const claim = graph.claims.find((item) => `/claims/${item.id}/` === first?.url);
    assert.ok(claim && first);
    const essay = graph.essays.find((item) => item.id === claim.essay)!;
    assert.equal(first.meta['title'], claim.text);
    assert.equal(first.meta['essay'], essay.title);
    assert.equal(first.meta['author'], essay.author);
    assert.match(first.excerpt, /<mark>regime<\/mark>/i);
    // A claim page indexes the claim's words, then its paragraph: nothing else (no navigation, no relations).
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    const excerpt = squash(excerptText(first.excerpt));
    assert.ok(squash(`${claim.text} ${claim.context}`).includes(excerpt), `“${excerpt}” is the claim’s words and paragraph`);
  });

  test('indexes every essay and every claim once, with its filters', async () => {
    const filters = await loaded.pagefind.filters();
    const kinds: Record<string, number> = { essay: graph.essays.length };
    for (const claim of graph.claims) kinds[claim.kind] = (kinds[claim.kind] ?? 0) + 1;
    assert.deepEqual(Object.fromEntries(Object.entries(filters['kind'] ?? {}).filter(([, count]) => count > 0)), kinds);
    for (const essay of graph.essays) {
      const pages = 1 + graph.claims.filter((claim) => claim.essay === essay.id).length;
      assert.equal(filters['essay']?.[essay.id], pages, `${essay.id}: the essay and its claims`);
    }
  });

  test('a filter without words lists everything it selects', async () => {
    const theses = await topResults(loaded.pagefind, null, 100, { kind: 'thesis' });
    assert.deepEqual(theses.map((result) => result.url).sort(), graph.claims.filter((claim) => claim.kind === 'thesis').map((claim) => claim.url).sort());
  });

  test('filters narrow a query to one kind, stance or author', async () => {
    const readers = await topResults(loaded.pagefind, 'regime security', 50, { kind: 'reader' });
    assert.ok(readers.length > 0);
    for (const result of readers) assert.deepEqual(result.filters['kind'], ['reader']);
    const forTalks = await topResults(loaded.pagefind, 'Putin', 100, { stance: 'for' });
    const forEssays = graph.essays.filter((essay) => essay.stance === 'for').map((essay) => essay.id);
    assert.ok(forTalks.length > 0);
    for (const result of forTalks) assert.ok(forEssays.includes(result.filters['essay']?.[0] ?? ''), result.url);
    const greene = graph.essays.find((essay) => essay.id === 'why-putin-fights')!;
    const byGreene = await topResults(loaded.pagefind, 'negotiations', 100, { author: greene.author });
    assert.ok(byGreene.length > 0);
    for (const result of byGreene) assert.equal(result.meta['author'], greene.author, result.url);
  });
});
