/**
 * Reads the shared build with SITE and BASE set, as a course would host it, and checks that previews,
 * canonical links, structured data and citations use the public origin and the subpath.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { absoluteUrlsIn } from '../../helpers/absolute-urls.ts';
import { COURSE, sharedBuild } from '../../helpers/shared-build.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';

const { SITE, BASE } = COURSE;

describe('previews and citations under SITE and BASE', () => {
  let dist: string;
  let claimId: string;
  before(async () => {
    dist = await sharedBuild(COURSE);
    const graph = loadGraph(join(dist, 'graph.json'));
    claimId = graph.claims[0]!.id;
  });

  test('a claim page points og:url, canonical and og:image at the public origin under the base', () => {
    const $ = cheerio.load(readFileSync(join(dist, 'claims', claimId, 'index.html'), 'utf8'));
    const page = `${SITE}${BASE}claims/${claimId}/`;
    assert.equal($('link[rel="canonical"]').attr('href'), page);
    assert.equal($('meta[property="og:url"]').attr('content'), page);
    assert.equal($('meta[property="og:image"]').attr('content'), `${SITE}${BASE}og/claims/${claimId}.png`);
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    assert.equal(data.url, page);
    assert.ok(String(data.appearance.url).startsWith(`${SITE}${BASE}essays/`));
    assert.equal($('a[href$="cite.bib"]').attr('href'), `${BASE}claims/${claimId}/cite.bib`);
  });

  test('the .bib and .ris cite our page on the public origin', () => {
    const bib = readFileSync(join(dist, 'claims', claimId, 'cite.bib'), 'utf8');
    assert.ok(bib.includes(`url = {${SITE}${BASE}claims/${claimId}/}`), bib);
    const ris = readFileSync(join(dist, 'claims', claimId, 'cite.ris'), 'utf8');
    assert.ok(ris.includes(`UR  - ${SITE}${BASE}claims/${claimId}/\r\n`), ris);
  });

  test('the home page uses the site card under the base', () => {
    const $ = cheerio.load(readFileSync(join(dist, 'index.html'), 'utf8'));
    assert.equal($('meta[property="og:image"]').attr('content'), `${SITE}${BASE}og/site.png`);
    assert.equal($('link[rel="canonical"]').attr('href'), `${SITE}${BASE}`);
  });

  test('every absolute URL for the site, in every file of dist/, starts with SITE + BASE', async () => {
    const urls = await absoluteUrlsIn(dist);
    const host = new URL(SITE).host;
    const ours = urls.filter(({ url }) => new URL(url).host === host);
    assert.deepEqual(ours.filter(({ url }) => !url.startsWith(`${SITE}${BASE}`)), []);
    // Each kind of file that carries one does: pages (canonical, og:, JSON-LD), citations, exports.
    const kinds = new Set(ours.map(({ file }) => (file.endsWith('.html') ? 'html' : file.split('.').pop())));
    for (const kind of ['html', 'bib', 'ris', 'argdown', 'json', 'csv']) assert.ok(kinds.has(kind), `no URL for the site in any .${kind}`);
    // And no other host stands in for the site: every other URL is a vocabulary or a source, never a page path of ours.
    const others = urls.filter(({ url }) => new URL(url).host !== host && /\/(claims|essays|og|map|teach)\//.test(new URL(url).pathname));
    assert.deepEqual(others, []);
  });
});
