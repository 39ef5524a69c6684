import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { GraphSchema, type Graph } from '../../src/schemas/graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// The graph the site was built from (published unchanged as /graph.json).
const graph: Graph = GraphSchema.parse(JSON.parse(await readFile(resolve(ROOT, 'src/data/graph.json'), 'utf8')));
const html = await readFile(resolve(ROOT, 'dist/map/index.html'), 'utf8');

describe('map page without JavaScript', () => {
  const $ = cheerio.load(html);

  test('has one data-claim element per claim, all inside role="tree"', () => {
    for (const claim of graph.claims) {
      const found = $(`[data-claim="${claim.id}"]`);
      assert.equal(found.length, 1, `one element for ${claim.id}`);
      assert.equal(found.closest('[role="tree"]').length, 1, `${claim.id} is inside the tree`);
      assert.equal(found.attr('role'), 'treeitem');
    }
    assert.equal($('[data-claim]').length, graph.claims.length);
  });

  test('draws exactly the graph\'s relations, each once', () => {
    const drawn = $('[data-relation]').map((_, element) => $(element).attr('data-relation')).get().sort();
    assert.deepEqual(drawn, graph.relations.map((relation) => `${relation.from}->${relation.to}`).sort());
  });

  test('links every claim node to its claim page and names its essay in words', () => {
    for (const claim of graph.claims) {
      const item = $(`[data-claim="${claim.id}"]`);
      const box = item;
      assert.match(box.find('a.mt-text').attr('href') ?? '', new RegExp(`/claims/${claim.id}/$`));
      const essay = graph.essays.find((entry) => entry.id === claim.essay)!;
      if (claim.kind === 'reader') {
        // A reader's comment is never credited to the author it answers.
        assert.equal(box.find('.mt-ess').text(), 'Reader', `${claim.id} is labelled as a reader's`);
        assert.ok(box.find('.mt-detail').text().includes(`a reader’s comment on the essay: ${essay.title}`), `${claim.id} names its essay`);
      } else {
        assert.ok(box.find('.mt-ess').text().includes(essay.author.split(' ')[0]!), `${claim.id} names its essay`);
      }
      assert.equal(item.attr('aria-level'), String(item.parents('[role="group"]').length + 1));
      if (item.attr('aria-owns')) assert.equal(item.next().attr('id'), item.attr('aria-owns'));
    }
  });

  test('draws the overview as one named image with a mark per claim, outside the tree and its counts', () => {
    const svg = $('#map-overview-svg');
    assert.equal(svg.attr('role'), 'img');
    const names = (svg.attr('aria-labelledby') ?? '').split(' ').map((id) => $(`#${id}`).text());
    assert.match(names.join(' '), new RegExp(`${graph.claims.filter((claim) => claim.kind === 'thesis').length} theses, ${graph.claims.length} claims`));
    const marks = svg.find('[data-overview-node]').map((_, element) => $(element).attr('data-overview-node')).get().sort();
    assert.deepEqual(marks, [graph.question.id, ...graph.claims.map((claim) => claim.id)].sort());
    assert.equal(svg.find('[data-claim], [data-relation], a, [tabindex]').length, 0);
    assert.equal($('#map-overview').closest('[role="tree"]').length, 0);
  });

  test('uses no inline style attributes or event handlers', () => {
    assert.equal($('[style]').length, 0);
    assert.equal($('*').filter((_, element) => Object.keys((element as { attribs?: object }).attribs ?? {}).some((name) => name.startsWith('on'))).length, 0);
  });
});

describe('map page in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  before(async () => {
    browser = await launchBrowser();
    site = await serveSite();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path: string, errors: string[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}${path}`);
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    return page;
  }
  const focusedClaim = (page: Page) => page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.getAttribute('role') === 'treeitem' ? (active.dataset.claim ?? active.dataset.question ?? null) : null;
  });

  test('/map/#<id> leaves keyboard focus on that claim\'s treeitem; ArrowDown moves to another', async () => {
    const errors: string[] = [];
    const target = graph.claims[graph.claims.length - 1]!;
    const page = await open(`map/#${target.id}`, errors);
    assert.equal(await focusedClaim(page), target.id);
    const tabStops = await page.$$eval('[role="tree"] [tabindex="0"]', (elements) => elements.length);
    assert.equal(tabStops, 1, 'the tree is one tab stop');
    await page.keyboard.press('ArrowDown');
    const next = await focusedClaim(page);
    assert.ok(next !== null && next !== target.id, `focus moved to another treeitem (${next})`);
    await page.keyboard.press('Home');
    assert.equal(await focusedClaim(page), graph.question.id);
    await page.keyboard.press('End');
    assert.ok((await focusedClaim(page)) !== graph.question.id);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Left collapses a branch and Right expands it again; the lines follow', async () => {
    const errors: string[] = [];
    const thesis = graph.claims.find((claim) => claim.kind === 'thesis')!;
    const page = await open(`map/#${thesis.id}`, errors);
    const item = page.locator(`[data-claim="${thesis.id}"]`);
    assert.equal(await item.getAttribute('aria-expanded'), 'true');
    const drawnBefore = await page.$$eval('[data-relation]', (paths) => paths.filter((path) => path.getAttribute('d')).length);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await item.getAttribute('aria-expanded'), 'false');
    const hiddenChild = await page.$eval(`[data-claim="${thesis.id}"] + [role="group"] [role="treeitem"]`, (child) => (child as HTMLElement).offsetParent === null);
    assert.ok(hiddenChild, 'children are hidden');
    const drawnCollapsed = await page.$$eval('[data-relation]', (paths) => paths.filter((path) => path.getAttribute('d')).length);
    assert.ok(drawnCollapsed < drawnBefore, 'lines into the closed branch are not drawn');
    await page.keyboard.press('ArrowRight');
    assert.equal(await item.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-parent')), thesis.id);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedClaim(page), thesis.id);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('filters write the URL query and a filtered URL opens filtered', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    await page.click('.map-filters summary');
    await page.check('input[name="kind"][value="thesis"]');
    assert.match(page.url(), /\?kind=thesis$/);
    const shown = await page.$$eval('[data-claim]', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => (item as HTMLElement).dataset.kind));
    assert.deepEqual([...new Set(shown)], ['thesis']);
    const theses = graph.claims.filter((claim) => claim.kind === 'thesis').length;
    assert.equal(shown.length, theses);
    const stance = graph.essays[0]!.stance;
    const again = await open(`map/?stance=${stance}`, errors);
    const stances = await again.$$eval('[data-claim]', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null && !item.classList.contains('is-context')).map((item) => (item as HTMLElement).dataset.stance));
    assert.deepEqual([...new Set(stances)], [stance]);
    assert.equal(await again.isChecked(`input[name="stance"][value="${stance}"]`), true);
    assert.deepEqual(errors, []);
    await page.close();
    await again.close();
  });

  test('focusing a claim marks its neighbours and dims the rest', async () => {
    const errors: string[] = [];
    const relation = graph.relations.find((entry) => entry.to !== graph.question.id)!;
    const page = await open(`map/#${relation.from}`, errors);
    const near = await page.$$eval('.mt-box.is-near', (boxes) => boxes.map((box) => (box as HTMLElement).dataset.claim));
    assert.ok(near.includes(relation.from) && near.includes(relation.to));
    assert.ok(near.length < graph.claims.length);
    assert.equal(await page.getAttribute('#map-canvas', 'data-focusing'), '');
    await page.close();
  });

  test('a click on an overview mark focuses that claim\'s treeitem and rings the mark', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    const target = graph.claims.filter((claim) => claim.kind !== 'thesis').at(-1)!;
    await page.click(`[data-overview-node="${target.id}"]`, { force: true });
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.claim === id, target.id);
    assert.equal(await focusedClaim(page), target.id);
    assert.deepEqual(await page.$$eval('.ov-mark.is-current', (marks) => marks.map((mark) => mark.getAttribute('data-overview-node'))), [target.id]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with JavaScript off the whole tree is shown and the page does not scroll sideways at 360 px', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}map/`);
    const hidden = await page.$$eval('[data-claim]', (items) => items.filter((item) => (item as HTMLElement).offsetParent === null).length);
    assert.equal(hidden, 0);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.equal(widths[0], widths[1]);
    await context.close();
  });

  test('prints as an outline: no drawing, every claim listed', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}map/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      svg: getComputedStyle(document.getElementById('map-links')!).display,
      overview: getComputedStyle(document.getElementById('map-overview')!).display,
      listItems: [...document.querySelectorAll('[data-claim]')].filter((item) => getComputedStyle(item.parentElement!).display === 'list-item').length,
    }));
    assert.equal(state.svg, 'none');
    assert.equal(state.overview, 'none');
    assert.equal(state.listItems, graph.claims.length);
    await page.close();
  });
});
