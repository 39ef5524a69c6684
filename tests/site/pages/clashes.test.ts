import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST } from '../../helpers/dist.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

// Reads the built site (npm test builds first) and the graph it publishes.
let graph: Graph;
let $: cheerio.CheerioAPI;
const load = async (path: string) => cheerio.load(await readFile(join(DIST, path, 'index.html'), 'utf8'));

/** Cross-essay rebuttals and undercuts, worked out here from /graph.json alone. */
function expectedClashes(): { id: string; from: string; to: string }[] {
  const essayOf = new Map(graph.claims.map((claim) => [claim.id, claim.essay]));
  const byId = new Map(graph.relations.map((relation) => [relation.id, relation]));
  return graph.relations.flatMap((relation) => {
    if (relation.type === 'supports') return [];
    const attacked = relation.type === 'undercuts' ? byId.get(relation.to)?.from : relation.to;
    if (!attacked || !essayOf.has(attacked) || essayOf.get(relation.from) === essayOf.get(attacked)) return [];
    return [{ id: relation.id, from: relation.from, to: attacked }];
  });
}

before(async () => {
  graph = loadGraph(join(DIST, 'graph.json'));
  $ = await load('clashes');
});

describe('/clashes/', () => {
  test('has exactly one entry per cross-essay rebuts or undercuts relation in /graph.json', () => {
    const expected = expectedClashes().map((clash) => clash.id).sort();
    assert.ok(expected.length > 0, 'the graph has clashes');
    const shown = $('article.clash').map((_, element) => $(element).attr('data-clash')).get().sort();
    assert.deepEqual(shown, expected);
  });

  test('each entry quotes both claims, says whose and where, links each to its paragraph, and links to its permanent page', async () => {
    const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
    for (const { id, from, to } of expectedClashes()) {
      const entry = $(`article.clash[data-clash="${id}"]`);
      const quotes = entry.find('.clash__quote');
      assert.equal(quotes.length, 2, id);
      for (const [index, claimId] of [from, to].entries()) {
        const claim = claims.get(claimId)!;
        const essay = graph.essays.find((item) => item.id === claim.essay)!;
        const quote = quotes.eq(index);
        assert.ok(collapseSpace(quote.find('blockquote').text()).includes(collapseSpace(claim.text)), `${id}: quotes ${claimId}`);
        assert.equal(quote.find(`a[href$="${claim.anchor}"]`).length, 1, `${id}: links ${claimId} in its paragraph`);
        assert.ok(quote.find('figcaption').text().includes(essay.title), `${id}: names the essay`);
        assert.equal(quote.find('time').attr('datetime'), essay.published, `${id}: the date`);
      }
      const permalink = entry.find(`a[href$="/clashes/${id}/"]`);
      assert.ok(permalink.length >= 1, `${id}: permanent link`);
      const page = await load(`clashes/${id}`);
      assert.equal(page('article.clash .clash__quote').length, 2, `${id}: its own page quotes both`);
      // og:image is absolute, so it is written only when SITE is set (src/urls/absolute-url.ts). A clash
      // previews with the site's card: cards are made only for claims, essays and the site (dist/ size, issue 27).
      const image = page('meta[property="og:image"]').attr('content');
      if (image !== undefined) assert.match(image, /\/og\/site\.png$/);
    }
    assert.equal(existsSync(join(DIST, 'og/clashes')), false, 'no card per clash');
  });

  test('groups clashes under questions, with every ungrouped clash under “Other clashes”', () => {
    const inGroups = $('section.clash-group article.clash').length;
    assert.equal(inGroups, $('article.clash').length);
    assert.ok($('section.clash-group > h2').length >= 1);
  });

  test('each claim in a clash links to it from its claim page', async () => {
    for (const { id, from, to } of expectedClashes()) {
      for (const claimId of [from, to]) {
        const page = await load(`claims/${claimId}`);
        assert.equal(page(`.claim-clashes a[href$="/clashes/${id}/"]`).length, 1, `${claimId} -> ${id}`);
      }
    }
  });

  test('the home page and the map link to it', async () => {
    for (const path of ['', 'map']) assert.ok((await load(path))('a[href$="/clashes/"]').length >= 1, `/${path}`);
  });
});

describe('reported views', () => {
  test('no claim page names the reporting author as the author of a reported claim', async () => {
    for (const claim of graph.claims.filter((item) => item.kind === 'reported')) {
      const essay = graph.essays.find((item) => item.id === claim.essay)!;
      const page = await load(`claims/${claim.id}`);
      const text = collapseSpace(page('main').text());
      assert.ok(!text.includes(`A claim by ${essay.author}`), claim.id);
      assert.ok(!page('title').text().endsWith(`— ${essay.author} · Counterpoint`), `${claim.id}: title`);
      assert.ok(!page('[data-pagefind-meta="author"]').text().startsWith(essay.author), `${claim.id}: search result`);
    }
  });
});
