import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { courseUndercut } from '../helpers/course-additions.ts';
import { COURSE, sharedBuild } from '../helpers/shared-build.ts';
import { loadGraph } from '../../src/data-files/load-graph.ts';

// A large map is split into pages (src/map/map-pages.ts): /map/ stops at the theses and each essay's
// branch is fetched from /map/<essay-id>/ when it is opened. The real content is small, so the course
// copy (shared-build.ts) is built split (MAP_TOP_CLAIMS=1), under its subpath, with one undercut added
// to its essays (chosen from the real graph, so no id is hard-coded) to see undercuts drawn and listed.

const { BASE } = COURSE;
const undercut = await courseUndercut();
const undercutId = undercut.id;

describe('a map split into pages, branches fetched on expand', () => {
  let dist: string;
  let site: StaticSite;
  let browser: Browser;
  let graph: Graph;

  before(async () => {
    dist = await sharedBuild(COURSE);
    graph = loadGraph(join(dist, 'graph.json'));
    [site, browser] = await Promise.all([serveSite(dist, BASE), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = async (path: string, errors: string[], width = 1280): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${site.url}${path}`);
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    return page;
  };
  const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim ?? null);

  test('without JavaScript: /map/ holds the theses, each linking its branch page; the pages hold every claim', async () => {
    const $ = cheerio.load(await readFile(join(dist, 'map/index.html'), 'utf8'));
    const levels = $('[role="treeitem"]').map((_, item) => Number($(item).attr('aria-level'))).get();
    assert.ok(levels.every((level) => level <= 2), 'the top page stops at the branch roots');
    const held = new Set($('#map-tree [data-claim]').map((_, item) => $(item).attr('data-claim')).get());
    for (const item of $('[data-branch]').toArray()) {
      const link = $(item).find('a.mt-branch').attr('href') ?? '';
      assert.match(link, new RegExp(`^${BASE}map/[a-z0-9-]+/#${$(item).attr('data-claim')}$`));
      const branch = cheerio.load(await readFile(join(dist, link.slice(BASE.length).replace(/#.*$/, ''), 'index.html'), 'utf8'));
      branch('#map-tree [data-claim]').each((_, element) => void held.add(branch(element).attr('data-claim')!));
    }
    assert.deepEqual([...held].sort(), graph.claims.map((claim) => claim.id).sort());
  });

  test('Right on a thesis fetches its branch, draws its lines, and Down enters it', async () => {
    const errors: string[] = [];
    const thesis = graph.claims.find((claim) => claim.kind === 'thesis' && graph.relations.some((relation) => relation.to === claim.id))!;
    const page = await open(`map/#${thesis.id}`, errors);
    assert.equal(await focused(page), thesis.id);
    const item = page.locator(`#map-tree [data-claim="${thesis.id}"]`);
    assert.equal(await item.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-expanded') === 'true', thesis.id);
    const children = await page.$$eval(`[data-parent="${thesis.id}"]`, (items) => items.map((child) => (child as HTMLElement).dataset.claim));
    assert.ok(children.length > 0, 'the branch was added');
    const drawn = await page.$$eval(`path[data-edge-for][data-to="${thesis.id}"]`, (paths) => paths.filter((path) => path.getAttribute('d')).length);
    assert.equal(drawn, children.length, 'an edge into every child');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(page), children[0]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('/map/#<id> of a claim deep in a branch fetches that branch and focuses the claim', async () => {
    const errors: string[] = [];
    const deep = graph.claims.filter((claim) => claim.kind !== 'thesis').at(-1)!;
    const page = await open(`map/#${deep.id}`, errors);
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.claim === id, deep.id);
    assert.equal(await focused(page), deep.id);
    assert.ok((await page.textContent('#map-focus-body .mf-claim'))?.includes(deep.text.slice(0, 40)));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an undercut is drawn onto the relation it attacks and listed apart from rebuttals, both ways', async () => {
    const errors: string[] = [];
    assert.ok(graph.relations.some((relation) => relation.id === undercutId), 'the copy\'s graph has the undercut');
    const page = await open('map/', errors);
    await page.click('[data-expand="all"]');
    await page.waitForFunction(() => !document.querySelector('[data-branch]') && !document.querySelector('[aria-busy]'));
    await page.evaluate((id) => { location.hash = id; }, undercut.from);
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.claim === id, undercut.from);
    const line = await page.$eval(`path[data-id="${undercutId}"]`, (path) => ({ d: path.getAttribute('d') ?? '', display: getComputedStyle(path).display, relation: path.getAttribute('data-relation') }));
    assert.ok(line.d.startsWith('M') && line.display !== 'none', 'drawn while its claim is in focus');
    assert.equal(line.relation, undercutId);
    assert.equal(await page.locator(`#map-focus-body .mf-col--own a[data-goto="${undercut.target.from}"]`).count() > 0, true, 'the undercutter lists what it undercuts');
    await page.evaluate((id) => { location.hash = id; }, undercut.target.from);
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.claim === id, undercut.target.from);
    assert.equal(await page.locator(`#map-focus-body .mf-col--under a[data-goto="${undercut.from}"]`).count(), 1, 'listed under "Undercutting it"');
    // Listed as a rebuttal only when it also rebuts the claim (its relation to it is the chosen A → B).
    const rebuts = graph.relations.filter((relation) => relation.type === 'rebuts' && relation.from === undercut.from && relation.to === undercut.target.from).length;
    assert.equal(await page.locator(`#map-focus-body .mf-col--against a[data-goto="${undercut.from}"]`).count(), rebuts, 'not as a rebuttal');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
