import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { claimVoice } from '../../../src/words/voice.ts';
import { readReadingGuide } from '../../../src/io/read-reading-guide.ts';
import { buildContentDir } from '../../../scripts/lib/project-copy.ts';
import { graphFile, loadGraph } from '../../../src/data-files/load-graph.ts';

const root = resolve(import.meta.dirname, '../../..');
const graph = loadGraph(graphFile(root));
const html = await readFile(resolve(root, 'dist/teach/index.html'), 'utf8');
const $ = cheerio.load(html);
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** The claim a link points at, when it points at one: /claims/<id>/, /essays/<essay>/#<id>, /map/#<id> or /map/<essay>/#<id>. */
function linkedClaim(link: string): { id: string; essay?: string } | undefined {
  const url = new URL(link, `http://x${base}teach/`);
  const path = url.pathname.slice(base.length - 1);
  const claimPage = /^\/claims\/([^/]+)\/$/.exec(path);
  if (claimPage) return { id: claimPage[1]! };
  const essay = /^\/essays\/([^/]+)\/$/.exec(path);
  if (essay && url.hash) return { id: decodeURIComponent(url.hash.slice(1)), essay: essay[1]! };
  // The map links a claim where it is drawn without JavaScript: /map/ for the first levels, its essay's map page below.
  const map = /^\/map\/(?:([^/]+)\/)?$/.exec(path);
  if (map && url.hash && url.hash !== '#') return { id: decodeURIComponent(url.hash.slice(1)), ...(map[1] && map[1] !== 'all' ? { essay: map[1] } : {}) };
  return undefined;
}

describe('/teach/', () => {
  const claimLinks = $('a[href]').map((_, element) => $(element).attr('href')!).get().map(linkedClaim).filter((link) => link !== undefined);

  test('credits a reported view to its holder as the author reports it, never to the author alone', () => {
    const reported = $('.claim-quote').filter((_, element) => {
      const id = $(element).find('a[data-claim-link]').attr('data-claim-link');
      return graph.claims.find((claim) => claim.id === id)?.kind === 'reported';
    });
    assert.ok(reported.length > 0, 'the guide quotes no reported view, so this test checks nothing');
    reported.each((_, element) => {
      const by = $(element).find('.claim-quote__by').text();
      const id = $(element).find('a[data-claim-link]').attr('data-claim-link')!;
      const claim = graph.claims.find((item) => item.id === id)!;
      const essay = graph.essays.find((item) => item.id === claim.essay)!;
      assert.ok(by.includes(claimVoice(claim, essay).phrase), `${id}: “${by}”`);
      assert.ok(/reports it|argues against/.test(by), `${id}: “${by}”`);
    });
  });

  test('links to at least 8 distinct claims', () => {
    assert.ok(new Set(claimLinks.map((link) => link.id)).size >= 8, `only ${new Set(claimLinks.map((link) => link.id)).size} claims linked`);
  });

  test('every claim link points at a claim in graph.json (and at its own essay)', () => {
    const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
    for (const link of claimLinks) {
      const claim = claims.get(link.id);
      assert.ok(claim, `link to unknown claim "${link.id}"`);
      if (link.essay) assert.equal(link.essay, claim.essay, `${link.id} is in ${claim.essay}`);
    }
  });

  test('quotes claims only in their exact words', () => {
    const texts = new Set(graph.claims.map((claim) => claim.text));
    const quotes = $('q').map((_, element) => $(element).text()).get();
    assert.ok(quotes.length >= 8);
    for (const quote of quotes) assert.ok(texts.has(quote), `not a claim's exact words: ${quote}`);
  });

  test('marks the guide as ours and lists the essays in the order written, with reading time and date; essays the guide does not cover yet come last, by date, without questions', () => {
    assert.match($('.teach__byline').text(), /Reading guide by the Counterpoint editors/);
    const covered = (readReadingGuide(buildContentDir()).source?.guide.essays ?? []).map((entry) => entry.essay);
    const byDate = [...graph.essays].sort((a, b) => a.published.localeCompare(b.published));
    const order = [...byDate.filter((essay) => covered.includes(essay.id)), ...byDate.filter((essay) => !covered.includes(essay.id))];
    const sections = $('.guide-essay').get();
    assert.deepEqual(sections.map((section) => $(section).find('h3 a').text()), order.map((essay) => essay.title));
    sections.forEach((section, index) => {
      const meta = $(section).find('.meta').first().text();
      assert.match(meta, /about \d+ min/);
      const questions = $(section).find('.guide-questions > li');
      if (covered.includes(order[index]!.id)) assert.ok(questions.length >= 3 && questions.length <= 5, `${questions.length} questions`);
      else assert.equal(questions.length, 0, `${order[index]!.id} is not in the guide`);
      questions.each((_, question) => assert.ok($(question).find('a[data-claim-link]').length >= 1));
    });
    // Every date not printed in a capture carries its marker: inferred, or from outside the captures.
    const inferred = graph.essays.filter((essay) => essay.publishedInferred || essay.publishedOutside).length;
    assert.equal($('.guide-essay .inferred').length, inferred);
  });

  test('links each export, and lists every exercise of the reading guide with a link into the map for each claim it starts from', () => {
    for (const file of ['graph.json', 'graph.argdown', 'graph.aif.json', 'claims.csv']) {
      assert.ok($(`a[href="${base}${file}"]`).length >= 1, `links ${file}`);
    }
    const guide = readReadingGuide(buildContentDir()).source?.guide;
    assert.ok(guide, 'the content has a reading guide');
    const items = $('.teach__exercises > li');
    assert.equal(items.length, guide.exercises.length);
    guide.exercises.forEach((exercise, n) => {
      const links = items.eq(n).find('a[href*="/map/"]').map((_, element) => linkedClaim($(element).attr('href')!)?.id).get();
      assert.deepEqual(exercise.start.filter((id) => !links.includes(id)), [], `exercise ${n + 1} links every claim it starts from into the map`);
    });
  });

  // Accessibility and sideways scroll at 360 and 1280 px, light and dark: tests/e2e/gates.test.ts.
});
