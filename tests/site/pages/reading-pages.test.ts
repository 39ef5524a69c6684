import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { readCaptures } from '../../../src/io/read-captures.ts';
import { stanceTitle } from '../../../src/words/stance-label.ts';
import { QUESTION_HREF } from '../../../src/graph/claim-relations.ts';
import { loadGraph } from '../../../src/data-files/load-graph.ts';

// Reads the built site (npm test builds first) and the graph it publishes.
let graph: Graph;
const pages = new Map<string, cheerio.CheerioAPI>();
const page = async (path: string) => {
  if (!pages.has(path)) pages.set(path, cheerio.load(await readFile(join(ROOT, 'dist', path, 'index.html'), 'utf8')));
  return pages.get(path)!;
};

before(async () => {
  graph = loadGraph(join(ROOT, 'dist/graph.json'));
});

describe('essay pages', () => {
  test('every relation is a link both ways: in the note of the claim that makes it and of the claim it answers', async () => {
    const missing: string[] = [];
    for (const relation of graph.relations) {
      const from = graph.claims.find((claim) => claim.id === relation.from)!;
      const to = graph.claims.find((claim) => claim.id === relation.to);
      const fromNote = (await page(from.anchor.split('#')[0]!))(`details[data-note-for="${from.id}"]`);
      if (fromNote.length !== 1) missing.push(`no note for ${from.id}`);
      if (relation.type === 'undercuts') {
        // An undercut's target is a relation: the note links to that relation's claim, and that claim's note links back.
        const target = graph.relations.find((item) => item.id === relation.to);
        const bearer = graph.claims.find((claim) => claim.id === target?.from);
        if (!bearer) {
          missing.push(`${relation.id}: no undercut relation`);
          continue;
        }
        if (fromNote.find(`.relation--undercuts a[href$="${bearer.anchor}"]`).length !== 1) missing.push(`${from.id} undercuts ${bearer.id}`);
        const $bearer = await page(bearer.anchor.split('#')[0]!);
        const item = $bearer(`details[data-note-for="${bearer.id}"] .relation--undercut-by`).filter((_, element) => $bearer(element).find(`a[href$="${from.anchor}"]`).length === 1);
        if (item.length !== 1) missing.push(`${bearer.id} undercut-by ${from.id}`);
        if (relation.note && !item.find('.our-note').text().includes(relation.note)) missing.push(`our note on ${from.id} undercutting ${relation.to}`);
        continue;
      }
      if (!to) {
        if (fromNote.find(`.relation--${relation.type} a[href$="${QUESTION_HREF}"]`).length !== 1) missing.push(`${from.id} -> question`);
        continue;
      }
      if (fromNote.find(`.relation--${relation.type} a[href$="${to.anchor}"]`).length !== 1) missing.push(`${from.id} ${relation.type} ${to.id}`);
      const back = relation.type === 'supports' ? 'supported-by' : 'rebutted-by';
      const $to = await page(to.anchor.split('#')[0]!);
      const item = $to(`details[data-note-for="${to.id}"] .relation--${back}`).filter((_, element) => $to(element).find(`a[href$="${from.anchor}"]`).length === 1);
      if (item.length !== 1) missing.push(`${to.id} ${back} ${from.id}`);
      if (relation.note && !item.find('.our-note').text().includes(relation.note)) missing.push(`our note on ${from.id} -> ${to.id}`);
    }
    assert.deepEqual(missing, []);
  });

  test('notes are never inside a paragraph, and each claim carries its number', async () => {
    for (const essay of graph.essays) {
      const $ = await page(essay.url);
      assert.equal($('p aside, p details, p ul, p div').length, 0, essay.url);
      const numbers = $('.claim').map((_, element) => Number($(element).attr('data-n'))).get();
      assert.deepEqual(numbers, graph.claims.filter((claim) => claim.essay === essay.id).map((claim) => claim.n), essay.url);
      assert.equal($('#claims-appendix .appendix-claim').length, numbers.length, essay.url);
    }
  });

  test('the header says how the author and date are known, and labels our summary', async () => {
    for (const essay of graph.essays) {
      const header = (await page(essay.url))('.essay-header').text();
      assert.ok(header.includes(essay.summary) && /Our summary/.test(header), essay.url);
      assert.equal(/attributed, not in the capture/.test(header), essay.authorBasis === 'attributed', essay.url);
      assert.equal(/inferred from the text/.test(header), essay.publishedInferred, essay.url);
      // The stance as the wording module gives it, with the essay's scope (Evans: talks on conditions), never a bare "for".
      assert.ok(header.includes(`Stance${essay.stance === 'for' ? '+' : '−'} ${stanceTitle(essay)}`), `${essay.url}: ${stanceTitle(essay)}`);
    }
  });

  test('pages carry no inline style or event handler attributes (CSP)', async () => {
    const paths = ['', 'about', ...graph.essays.flatMap((essay) => [essay.url, `${essay.url}handout/`]), ...graph.claims.map((claim) => claim.url)];
    for (const path of paths) {
      const $ = await page(path);
      const inline = $('*').filter((_, element) => Object.keys((element as { attribs: Record<string, string> }).attribs).some((name) => name === 'style' || name.startsWith('on')));
      assert.equal(inline.length, 0, path);
    }
  });
});

describe('home page', () => {
  test('lists the essays in the order they were written, with author, date, stance and our summary', async () => {
    const $ = await page('');
    const cards = $('.essay-card');
    assert.deepEqual(cards.map((_, element) => $(element).attr('data-essay')).get(), [...graph.essays].sort((a, b) => a.published.localeCompare(b.published)).map((essay) => essay.id));
    cards.each((index, element) => {
      const essay = graph.essays[index]!;
      const text = $(element).text();
      assert.ok(text.includes(essay.author) && text.includes(essay.summary) && /Our summary/.test(text), essay.id);
      assert.equal(/\(inferred/.test(text), essay.publishedInferred, essay.id);
    });
    assert.equal($('a[href$="/map/"]').length > 0 && $('a[href$="/teach/"]').length > 0, true);
  });
});

describe('about page', () => {
  test('names every capture file and every line removed or moved from it', async () => {
    const text = (await page('about'))('main').text().replace(/\s+/g, ' ');
    const files = (await readdir(join(ROOT, process.env.CONTENT_DIR ?? 'content', 'sources'))).filter((name) => name.endsWith('.txt'));
    for (const file of files) assert.ok(text.includes(file), file);
    for (const capture of readCaptures()) {
      for (const line of capture.lines) assert.ok(text.includes(line.text.replace(/\s+/g, ' ')), line.text);
    }
  });
});
