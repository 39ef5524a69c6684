import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { RELATION_STYLES } from '../../src/words/relation-labels.ts';
import { PICTURE_KEY } from '../../src/map/picture/picture-words.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const graph: Graph = loadGraph(graphFile(ROOT));
const html = await readFile(resolve(ROOT, 'dist/map/index.html'), 'utf8');
const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
const theses = graph.claims.filter((claim) => claim.kind === 'thesis');
/** The claim a relation is drawn to: an undercut's, the claim whose relation it attacks. */
const endOf = (id: string) => {
  const relation = relations.get(id)!;
  return relation.type === 'undercuts' ? relations.get(relation.to)!.from : relation.to;
};
const crossEssay = (id: string) => claims.get(relations.get(id)!.from)!.essay !== claims.get(endOf(id))!.essay;

describe('/map/ picture without JavaScript', () => {
  const $ = cheerio.load(html);

  test('opens on the picture, right under the heading and before any prose', () => {
    const first = $('main h1').nextAll().first();
    assert.ok(first.is('#dmap') || first.find('#dmap').length === 1 || $('main h1').parent().next().is('#dmap'), 'the picture follows the heading');
    assert.equal($('#dmap').prevAll('p').length, 0);
  });

  test('holds the question, every thesis and a box per drawn claim, each with its claim id', () => {
    assert.ok($('#dm-svg').text().includes(graph.question.text.split(' ').slice(0, 3).join(' ')));
    for (const thesis of theses) assert.equal($(`#dm-svg a.dm-box[data-claim="${thesis.id}"]`).length, 1, thesis.id);
    for (const box of $('#dm-svg [data-claim]').toArray()) assert.ok(claims.has($(box).attr('data-claim')!));
  });

  test('draws every line with the id of the relation it draws, between two drawn boxes', () => {
    const drawn = new Set($('#dm-svg a.dm-box').map((_, box) => $(box).attr('data-claim')).get());
    const lines = $('#dm-svg [data-relation]').toArray();
    assert.ok(lines.length > 0);
    for (const line of lines) {
      const id = $(line).attr('data-relation')!;
      assert.ok(relations.has(id), `${id} is a relation of graph.json`);
      assert.ok(drawn.has(relations.get(id)!.from) && drawn.has(endOf(id)), `${id} joins drawn boxes`);
    }
    // Every relation between two drawn boxes is drawn.
    for (const relation of graph.relations) {
      const end = relation.type === 'undercuts' ? relations.get(relation.to)?.from : relation.to;
      if (drawn.has(relation.from) && end && drawn.has(end) && end !== relation.from) assert.equal($(`#dm-svg [data-relation="${relation.id}"]`).length, 1, relation.id);
    }
  });

  test('links each line between essays to the clash\'s own page when it is one, and names it in words', () => {
    for (const line of $('#dm-svg a.dm-line--cross').toArray()) {
      const id = $(line).attr('data-relation')!;
      if (relations.get(id)!.type !== 'supports') assert.match($(line).attr('href')!, new RegExp(`/clashes/${id}/$`));
      assert.match($(line).attr('aria-label')!, /supports|rebuts|undercuts/);
    }
  });

  test('dates every essay and marks the one written before the invasion', () => {
    assert.match($('#dm-svg .dm-divide').text(), /before the invasion/);
    assert.ok($('#dm-svg .dm-line--time').length > 0, 'a clash across time');
    assert.match($('#dml').text(), /before the invasion/);
  });

  test('gives the narrow list every thesis and, for each line between essays, a chip to the other box', () => {
    for (const thesis of theses) assert.equal($(`#dml [data-claim="${thesis.id}"]`).length, 1);
    for (const line of $('#dm-svg a.dm-line--cross').toArray()) {
      const id = $(line).attr('data-relation')!;
      const chips = $(`#dml a.dml-chip[data-relation="${id}"]`).toArray();
      assert.equal(chips.length, 2, `${id}: a chip at each end`);
      for (const chip of chips) assert.equal($($(chip).attr('href')!.replace('#', '#')).length, 1, 'goes to a box');
    }
  });
});

describe('/map/ picture in Chromium', () => {
  const built = useBuiltSite();
  async function open(browser: Browser, width: number, height: number, scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(built.url('/map/'));
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    return { page, errors };
  }

  test('at 1280×800 fits the question, every thesis and four reasons each, five lines between essays and every author in the first screen', async () => {
    const { page, errors } = await open(built.browser, 1280, 800);
    const seen = await page.evaluate(() => {
      const inView = (rect: DOMRect) => rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth && rect.width > 0;
      const boxes = [...document.querySelectorAll<SVGGraphicsElement>('#dm-svg a.dm-box')].filter((box) => getComputedStyle(box).display !== 'none');
      const rects = boxes.map((box) => ({ id: box.dataset.claim!, col: box.dataset.col!, row: Number(box.dataset.row), rect: box.querySelector('rect')!.getBoundingClientRect() }));
      const fonts = [...document.querySelectorAll<SVGTextElement>('#dm-svg .dm-box text, #dm-svg .dm-box tspan, #dm-svg .dm-more text')].map((text) => {
        const svg = text.ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      });
      const lines = [...document.querySelectorAll<SVGGraphicsElement>('#dm-svg a.dm-line')].filter((line) => getComputedStyle(line).display !== 'none').map((line) => ({ id: line.dataset.relation!, from: line.dataset.from!, to: line.dataset.to!, rect: line.getBoundingClientRect() }));
      // Text overflowing its box: a tspan wider than its rect.
      const clipped = boxes.filter((box) => [...box.querySelectorAll('tspan')].some((span) => {
        const [a, b] = [span.getBoundingClientRect(), box.querySelector('rect')!.getBoundingClientRect()];
        return a.left < b.left - 0.5 || a.right > b.right + 0.5 || a.top < b.top - 0.5 || a.bottom > b.bottom + 0.5;
      })).map((box) => box.dataset.claim);
      return { rects: rects.map((item) => ({ ...item, on: inView(item.rect), rect: [item.rect.left, item.rect.top, item.rect.right, item.rect.bottom] })), fonts, lines: lines.map((line) => ({ ...line, on: inView(line.rect) })), clipped, text: document.querySelector('#dm-svg')!.textContent ?? '', scroll: [document.scrollingElement!.scrollTop, document.scrollingElement!.scrollWidth] };
    });
    const thesisIds = new Set(theses.map((thesis) => thesis.id));
    for (const thesis of theses) {
      assert.ok(seen.rects.find((box) => box.id === thesis.id)?.on, `${thesis.id} on the first screen`);
      const col = seen.rects.find((box) => box.id === thesis.id)!.col;
      const reasons = seen.rects.filter((box) => box.col === col && !thesisIds.has(box.id) && box.on);
      const direct = graph.relations.filter((relation) => relation.to === thesis.id && relation.type !== 'undercuts' && claims.get(relation.from)!.essay === thesis.essay).length;
      assert.ok(reasons.length >= Math.min(4, direct), `${thesis.id}: ${reasons.length} reasons on screen`);
    }
    assert.ok(Math.min(...seen.fonts) >= 12, `smallest text ${Math.min(...seen.fonts).toFixed(1)} px`);
    for (const [index, a] of seen.rects.entries()) {
      for (const b of seen.rects.slice(index + 1)) {
        const overlap = a.rect[0]! < b.rect[2]! && b.rect[0]! < a.rect[2]! && a.rect[1]! < b.rect[3]! && b.rect[1]! < a.rect[3]!;
        assert.ok(!overlap, `${a.id} and ${b.id} overlap`);
      }
    }
    assert.deepEqual(seen.clipped, [], 'no text outside its box');
    const onScreen = new Set(seen.rects.filter((box) => box.on).map((box) => box.id));
    const drawn = new Set(seen.lines.map((line) => line.id));
    for (const relation of graph.relations) {
      const end = relation.type === 'undercuts' ? relations.get(relation.to)?.from : relation.to;
      if (end && onScreen.has(relation.from) && onScreen.has(end) && crossEssay(relation.id)) assert.ok(drawn.has(relation.id), `${relation.id} drawn`);
    }
    const crossOnScreen = seen.lines.filter((line) => line.on && crossEssay(line.id));
    assert.ok(crossOnScreen.length >= 5, `${crossOnScreen.length} lines between essays on the first screen`);
    const authors = new Set(graph.essays.map((essay) => essay.author));
    for (const author of authors) assert.ok(seen.text.includes(author), `${author} named`);
    assert.deepEqual(seen.scroll, [0, 1280]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('at 1280×800 ends each line on its own boxes (a dot, an arrow on the other box\'s edge, the table\'s symbol beside it) and keys them in words on the first screen', async () => {
    const { page } = await open(built.browser, 1280, 800);
    const ends = await page.evaluate(() => [...document.querySelectorAll<SVGAElement>('#dm-svg a.dm-line')].filter((line) => getComputedStyle(line).display !== 'none').map((line) => {
      const ink = line.querySelector<SVGPathElement>('.dm-ink')!;
      const matrix = ink.getScreenCTM()!;
      const point = (at: number) => new DOMPoint(ink.getPointAtLength(at).x, ink.getPointAtLength(at).y).matrixTransform(matrix);
      const rectOf = (id: string) => document.querySelector(`#dm-svg a.dm-box[data-claim="${id}"] rect`)!.getBoundingClientRect();
      const [tip, start, badge] = [point(ink.getTotalLength()), point(0), line.querySelector('.dm-end circle')!.getBoundingClientRect()];
      const [to, from] = [rectOf(line.dataset.to!), rectOf(line.dataset.from!)];
      return {
        id: line.dataset.relation!, tip: [tip.x, tip.y], start: [start.x, start.y], badge: [badge.x + badge.width / 2, badge.y + badge.height / 2],
        to: [to.left, to.top, to.right, to.bottom], from: [from.left, from.top, from.right, from.bottom],
        symbol: line.querySelector('.dm-end text')!.textContent, dot: line.querySelector('.dm-start') !== null,
      };
    }));
    const onEdge = ([x, y]: number[], [left, top, right, bottom]: number[]) => Math.min(Math.abs(x! - left!), Math.abs(x! - right!)) <= 1.5 && y! > top! && y! < bottom!;
    assert.ok(ends.filter((end) => crossEssay(end.id)).length >= 5);
    for (const end of ends) {
      assert.ok(onEdge(end.tip, end.to), `${end.id}: the arrow's tip is on its box's edge`);
      assert.ok(onEdge(end.start, end.from) && end.dot, `${end.id}: it starts with a dot on its own box`);
      assert.ok(Math.abs(end.badge[1]! - end.tip[1]!) <= 1 && Math.abs(end.badge[0]! - end.tip[0]!) <= 45, `${end.id}: its symbol is beside the arrow`);
      assert.equal(end.symbol, RELATION_STYLES[relations.get(end.id)!.type].symbol, `${end.id}: the table's symbol`);
    }
    const key = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.dm-key > li')].map((item) => ({ text: item.innerText, bottom: item.getBoundingClientRect().bottom, shown: item.getClientRects().length > 0 })));
    for (const item of key) assert.ok(item.shown && item.bottom <= 800, `the key's “${item.text.slice(0, 40)}…” is on the first screen`);
    const words = key.map((item) => item.text).join(' ');
    assert.ok(words.includes(PICTURE_KEY.ends) && words.includes(PICTURE_KEY.spine), 'the key says what the ends and the spine\'s signs mean');
    await page.close();
  });

  test('a click on a box keeps the reader on /map/ and shows the claim\'s whole words beside it', async () => {
    const { page, errors } = await open(built.browser, 1280, 800);
    const id = await page.$eval('#dm-svg a.dm-box[data-row="1"]', (box) => (box as SVGElement).dataset.claim!);
    await page.click(`#dm-svg a.dm-box[data-claim="${id}"]`);
    await page.waitForFunction((words) => document.querySelector('.dm-card:not([hidden]) .mf-claim')?.textContent?.trim() === words, claims.get(id)!.text);
    assert.equal(new URL(page.url()).pathname, '/map/');
    const inView = await page.$eval('.dm-card .mf-claim', (element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    assert.ok(inView, 'the words are in view');
    assert.equal(await page.locator(`#map-tree [data-claim="${id}"]`).isVisible(), true, 'its branch is open in the tree');
    assert.ok(await page.locator('.dm-card a', { hasText: 'own page' }).count() > 0, 'the claim page is a link in the card');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.dm-card').isHidden(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the keyboard reaches every box from one tab stop, and the arrows move along the picture', async () => {
    const { page } = await open(built.browser, 1280, 800);
    assert.equal(await page.locator('#dm-svg a.dm-box[tabindex="0"]').count(), 1);
    await page.focus('#dm-svg a.dm-box[tabindex="0"]');
    const at = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim);
    const start = await at();
    await page.keyboard.press('ArrowDown');
    const down = await at();
    assert.ok(down && down !== start);
    await page.keyboard.press('ArrowRight');
    const right = await at();
    assert.ok(right && right !== down);
    const cols = await page.evaluate(([a, b]) => [a, b].map((id) => document.querySelector<SVGElement>(`#dm-svg [data-claim="${id}"]`)!.dataset.col), [down, right]);
    assert.notEqual(cols[0], cols[1]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.dm-card:not([hidden])');
    await page.close();
  });

  test('"+N more" shows a column\'s other reasons in place', async () => {
    const { page } = await open(built.browser, 1280, 800);
    const more = page.locator('#dm-svg a.dm-more').first();
    if ((await more.count()) === 0) return;
    const col = await more.getAttribute('data-more');
    const before = await page.locator(`#dm-svg a.dm-box[data-col="${col}"]:visible`).count();
    await more.click();
    const after = await page.locator(`#dm-svg a.dm-box[data-col="${col}"]:visible`).count();
    assert.ok(after > before, `${before} → ${after}`);
    assert.equal(new URL(page.url()).pathname, '/map/');
    await page.close();
  });

  // Two screens held the four essays the picture was designed on: half a screen an essay, so more essays may take more.
  test('at 390×844 puts every thesis within two screens (half a screen an essay past four), with no sideways scroll', async () => {
    const { page } = await open(built.browser, 390, 844, 'dark');
    const found = await page.evaluate((ids) => ({
      tops: ids.map((id) => document.querySelector(`#dml [data-claim="${id}"]`)!.getBoundingClientRect().bottom + scrollY),
      width: document.documentElement.scrollWidth,
      picture: getComputedStyle(document.querySelector('#dmap-wide')!).display,
      key: [document.querySelector<HTMLElement>('.dml-key')!.innerText, document.querySelector('.dml-key')!.getBoundingClientRect().bottom, document.querySelector('#dml .dml-essay')!.getBoundingClientRect().top] as const,
    }), theses.map((thesis) => thesis.id));
    // The sign before each reason is keyed in words before the first essay.
    assert.ok(found.key[0].includes(`${RELATION_STYLES.supports.symbol} supports it, or ${RELATION_STYLES.rebuts.symbol} rebuts it`), found.key[0]);
    assert.ok(found.key[1] <= found.key[2] && found.key[1] <= 844, 'the list\'s key is on the first screen, above the first essay');
    // Two screens for the four essays the picture was designed on; half a screen more for each essay past them.
    const screens = Math.max(2, theses.length / 2);
    for (const [index, bottom] of found.tops.entries()) assert.ok(bottom <= screens * 844, `${theses[index]!.id} ends at ${Math.round(bottom)} px, past ${screens} screens`);
    assert.ok(found.width <= 390, `scrollWidth ${found.width}`);
    assert.equal(found.picture, 'none', 'the list, not the wide picture');
    await page.close();
  });

  test('no part of /map/ scrolls inside itself', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      const { page } = await open(built.browser, width, height);
      const scrollers = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => {
        const style = getComputedStyle(element);
        return /(auto|scroll)/.test(style.overflowY + style.overflowX) && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
      }).map((element) => element.id || element.className));
      assert.deepEqual(scrollers, [], `${width}px`);
      await page.close();
    }
  });
});
