import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { TOP_PAGE_CLAIMS } from '../../src/map/map-pages.ts';
import { sampleClaims } from '../helpers/sample-claims.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// The graph the site was built from (published unchanged as /graph.json).
const graph: Graph = loadGraph(graphFile(ROOT));
const whole = await readFile(resolve(ROOT, 'dist/map/all/index.html'), 'utf8');
const top = await readFile(resolve(ROOT, 'dist/map/index.html'), 'utf8');

describe('/map/ without JavaScript: the first levels, each deeper branch linked', () => {
  const $ = cheerio.load(top);
  const all = cheerio.load(whole);
  const levelOf = new Map(all('#map-tree [data-claim]').map((_, element) => [[all(element).attr('data-claim')!, Number(all(element).attr('aria-level'))]]).get() as [string, number][]);

  test('holds every claim of the whole levels that fit in TOP_PAGE_CLAIMS, and no deeper one', () => {
    const here = $('#map-tree [data-claim]').map((_, element) => $(element).attr('data-claim')!).get();
    const deepest = Math.max(...here.map((id) => levelOf.get(id)!));
    const expected = graph.claims.filter((claim) => levelOf.get(claim.id)! <= deepest).map((claim) => claim.id);
    assert.deepEqual([...here].sort(), expected.sort());
    assert.ok(here.length <= TOP_PAGE_CLAIMS, `${here.length} claims`);
    assert.ok(graph.claims.filter((claim) => levelOf.get(claim.id)! <= deepest + 1).length > TOP_PAGE_CLAIMS, 'the next level would not fit');
    assert.ok(deepest >= 3, 'the theses and the claims under them');
  });

  test('marks each claim with a branch below it closed, linking itself on its branch\'s essay map page, which holds that branch', async () => {
    const remote = $('[data-branch]');
    assert.ok(remote.length > 0);
    // A branch's page is its thesis's essay's, also for a claim of another essay hanging in it.
    const thesisEssay = (id: string): string => {
      let at = id;
      while ($(`#${at}`).attr('aria-level') !== '2') at = $(`#${at}`).attr('data-parent')!;
      return $(`#${at}`).attr('data-essay')!;
    };
    for (const element of remote.toArray()) {
      const item = $(element);
      const id = item.attr('data-claim')!;
      const essay = thesisEssay(id);
      assert.equal(item.attr('aria-expanded'), 'false', id);
      assert.match(item.attr('data-branch')!, new RegExp(`/map/${essay}/$`));
      assert.match(item.find('a.mt-branch').attr('href')!, new RegExp(`/map/${essay}/#${id}$`));
      const page = cheerio.load(await readFile(resolve(ROOT, `dist/map/${essay}/index.html`), 'utf8'));
      const below = page(`[data-claim="${id}"]`).next('[role="group"]').find('[data-claim]').map((_, child) => page(child).attr('data-claim')!).get();
      assert.ok(below.length > 0, `${id} has a branch on its essay's page`);
      assert.deepEqual((item.attr('data-branch-ids') ?? '').split(' ').sort(), below.sort(), `${id} lists its branch`);
    }
  });

  test('carries no focus-pane templates: they come from the essay pages, which it names', () => {
    assert.equal($('template').length, 0);
    assert.match($('#map-focus-data').attr('data-essay-pages') ?? '', /\/map\/$/);
  });

  test('links the whole map on one page', () => {
    assert.equal($('.map-split-note a[href$="/map/all/"]').length, 1);
  });

  test('draws every thesis in the picture under its author, and the key names each essay with its stance\'s scope', () => {
    for (const essay of graph.essays) {
      const thesis = graph.claims.find((claim) => claim.essay === essay.id && claim.kind === 'thesis')!;
      const box = $(`#dm-svg a.dm-box[data-claim="${thesis.id}"]`);
      assert.equal(box.length, 1, `${thesis.id} is in the picture`);
      assert.ok(box.text().includes(essay.author), `${essay.id}'s box names its author`);
      const key = $(`.map-legend [data-legend-essay="${essay.id}"]`).parent();
      assert.ok(key.text().includes(essay.title), `${essay.id}'s key names its essay`);
      if (essay.stanceScope) assert.ok(key.text().toLowerCase().includes(essay.stanceScope.toLowerCase()), `${essay.id}'s key gives the scope of its stance`);
    }
  });
});

describe('the whole map (/map/all/) without JavaScript', () => {
  const $ = cheerio.load(whole);

  test('has one data-claim element per claim, all inside role="tree"', () => {
    for (const claim of graph.claims) {
      const found = $(`[data-claim="${claim.id}"]`);
      assert.equal(found.length, 1, `one element for ${claim.id}`);
      assert.equal(found.closest('[role="tree"]').length, 1, `${claim.id} is inside the tree`);
      assert.equal(found.attr('role'), 'treeitem');
    }
    assert.equal($('#map-tree [data-claim]').length, graph.claims.length);
  });

  test('draws exactly the graph\'s relations, each once', () => {
    const drawn = $('#map-links [data-relation]').map((_, element) => $(element).attr('data-relation')).get().sort();
    assert.deepEqual(drawn, graph.relations.map((relation) => relation.id).sort());
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

  test('words each essay\'s stance with its scope in the key and the stance filter', () => {
    for (const essay of graph.essays.filter((entry) => entry.stanceScope)) {
      const scope = essay.stanceScope!.toLowerCase();
      assert.ok($('.map-legend__essays').text().toLowerCase().includes(scope), `${essay.id}'s scope in the key`);
      assert.ok($(`input[name="stance"][value="${essay.stance}"]`).parent().text().toLowerCase().includes(scope), `${essay.id}'s scope in the filter`);
    }
  });

  test('gives the filter form a submit button', () => {
    assert.equal($('#map-filters button[type="submit"]').length, 1);
  });

  test('links one map page per essay from the key; together they hold every claim', async () => {
    const held = new Set<string>();
    for (const essay of graph.essays) {
      assert.equal($(`.map-legend__essays a[href$="/map/${essay.id}/"]`).length, 1, `the key links /map/${essay.id}/`);
      const page = cheerio.load(await readFile(resolve(ROOT, `dist/map/${essay.id}/index.html`), 'utf8'));
      assert.equal(page('[role="tree"]').length, 1);
      page('#map-tree [data-claim]').each((_, element) => void held.add(page(element).attr('data-claim')!));
    }
    assert.deepEqual([...held].sort(), graph.claims.map((claim) => claim.id).sort());
  });

  test('lists, for every claim, what supports, rebuts and undercuts it, apart, each a link into the map', () => {
    const column = (id: string, kind: string) => $(`template[data-focus-for="${id}"]`).contents().find(`.mf-col--${kind}`);
    const byId = new Map(graph.relations.map((relation) => [relation.id, relation]));
    assert.equal($('template[data-focus-for]').length, graph.claims.length);
    for (const relation of graph.relations) {
      if (relation.to === graph.question.id) continue;
      const [target, kind] = relation.type === 'undercuts' ? [byId.get(relation.to)!.from, 'under'] : [relation.to, relation.type === 'supports' ? 'for' : 'against'];
      assert.equal(column(target, kind).find(`a[data-goto="${relation.from}"]`).length, 1, `${relation.id} is listed beside ${target}`);
    }
  });

  test('uses no inline style attributes or event handlers', () => {
    assert.equal($('[style]').length, 0);
    assert.equal($('*').filter((_, element) => Object.keys((element as { attribs?: object }).attribs ?? {}).some((name) => name.startsWith('on'))).length, 0);
  });
});

describe('map page in Chromium', () => {
  const built = useBuiltSite();

  async function open(path: string, errors: string[]): Promise<Page> {
    const page = await built.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${built.site.url}${path}`);
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
    const item = page.locator(`#map-tree [data-claim="${thesis.id}"]`);
    assert.equal(await item.getAttribute('aria-expanded'), 'true');
    const drawnBefore = await page.$$eval('[data-relation]', (paths) => paths.filter((path) => path.getAttribute('d')).length);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await item.getAttribute('aria-expanded'), 'false');
    const hiddenChild = await page.$eval(`#map-tree [data-claim="${thesis.id}"] + [role="group"] [role="treeitem"]`, (child) => (child as HTMLElement).offsetParent === null);
    assert.ok(hiddenChild, 'children are hidden');
    const drawnCollapsed = await page.$$eval('[data-relation]', (paths) => paths.filter((path) => path.getAttribute('d')).length);
    assert.ok(drawnCollapsed < drawnBefore, 'lines into the closed branch are not drawn');
    await page.keyboard.press('ArrowRight');
    assert.equal(await item.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-parent')), thesis.id);
    // Left on an open branch closes it; on a closed one (or a leaf) it goes to the parent.
    if (await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded') === 'true')) {
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'false');
    }
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
    const shown = await page.$$eval('#map-tree [data-claim]', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => (item as HTMLElement).dataset.kind));
    assert.deepEqual([...new Set(shown)], ['thesis']);
    const theses = graph.claims.filter((claim) => claim.kind === 'thesis').length;
    assert.equal(shown.length, theses);
    const stance = graph.essays[0]!.stance;
    const again = await open(`map/?stance=${stance}`, errors);
    const stances = await again.$$eval('#map-tree [data-claim]', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null && !item.classList.contains('is-context')).map((item) => (item as HTMLElement).dataset.stance));
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

  test('from the top of the page, one Tab and Enter (at most two Tabs) reach a treeitem', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    let tabs = 0;
    const onTreeitem = () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem');
    await page.keyboard.press('Tab');
    tabs += 1;
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /map/i, 'the first Tab lands on the skip link to the map');
    await page.keyboard.press('Enter');
    if (!(await onTreeitem())) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    assert.ok(await onTreeitem(), 'focus is on a treeitem');
    assert.ok(tabs <= 2, `${tabs} Tabs`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('thirty ArrowDowns each leave the focused treeitem wholly in the window, its words unclipped', async () => {
    const errors: string[] = [];
    const page = await built.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${built.site.url}map/`);
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const steps = Math.min(30, graph.claims.length);
    const seen = new Set<string>();
    for (let step = 0; step < steps; step += 1) {
      await page.keyboard.press('ArrowDown');
      const state = await page.evaluate(() => {
        const item = document.activeElement as HTMLElement;
        const rect = item.getBoundingClientRect();
        const text = item.querySelector<HTMLElement>('.mt-text')!;
        // A header that stays at the top of the window covers it: the item must be clear of it too.
        const header = document.querySelector('.site-header');
        const covered = header && ['sticky', 'fixed'].includes(getComputedStyle(header).position) ? header.getBoundingClientRect().bottom : 0;
        return {
          id: item.dataset.claim ?? '', role: item.getAttribute('role'), top: rect.top - covered, bottom: rect.bottom, left: rect.left, right: rect.right,
          scrollHeight: text.scrollHeight, clientHeight: text.clientHeight, width: innerWidth, height: innerHeight,
        };
      });
      assert.equal(state.role, 'treeitem');
      seen.add(state.id);
      assert.ok(state.top >= 0 && state.bottom <= state.height && state.left >= 0 && state.right <= state.width, `step ${step + 1}: ${state.id} at ${JSON.stringify(state)}`);
      assert.ok(state.scrollHeight <= state.clientHeight, `step ${step + 1}: ${state.id}'s words are clipped (${state.scrollHeight} > ${state.clientHeight})`);
    }
    assert.equal(seen.size, steps, 'every ArrowDown moved to another claim');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a plain wheel over the map scrolls the page and leaves the zoom alone; Ctrl + wheel zooms', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    const box = (await page.locator('#map-viewport').boundingBox())!;
    await page.evaluate(() => window.scrollTo(0, document.getElementById('map-viewport')!.getBoundingClientRect().top + scrollY - 100));
    const before = await page.evaluate(() => ({ y: scrollY, transform: document.getElementById('map-canvas')!.style.transform }));
    await page.mouse.move(box.x + box.width / 2, 300);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => scrollY !== y, before.y);
    const after = await page.evaluate(() => ({ y: scrollY, transform: document.getElementById('map-canvas')!.style.transform, hint: document.getElementById('map-hint')!.classList.contains('is-shown') }));
    assert.ok(after.y > before.y, `the page scrolled (${before.y} → ${after.y})`);
    assert.equal(after.transform, before.transform, 'the zoom is unchanged');
    assert.ok(after.hint, 'the hint says how to zoom');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction((t) => document.getElementById('map-canvas')!.style.transform !== t, after.transform);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Expand all on /map/ fetches the whole map once, and then holds every claim, each once', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
    });
    assert.ok((await page.$$('#map-tree [data-claim]')).length < graph.claims.length, '/map/ starts with its first levels');
    await page.click('button[data-expand="all"]');
    await page.waitForFunction((count) => document.querySelectorAll('#map-tree [data-claim]').length >= count, graph.claims.length);
    const ids = await page.$$eval('#map-tree [data-claim]', (items) => items.map((item) => (item as HTMLElement).dataset.claim!));
    assert.deepEqual([...ids].sort(), graph.claims.map((claim) => claim.id).sort());
    assert.deepEqual(fetched.map((path) => path.replace(/^.*?(\/map\/)/, '$1')), ['/map/all/']);
    assert.equal(await page.locator('[role="treeitem"][aria-expanded="false"]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('each sampled claim on /map/ (and its first and last), whose panes are not on the page, shows its own pane when focused', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    const onPage = await page.$$eval('#map-tree [data-claim]', (items) => items.map((item) => (item as HTMLElement).dataset.claim!));
    const sampled = new Set(sampleClaims(graph).map(({ claim }) => claim.id));
    const ids = onPage.filter((id, n) => sampled.has(id) || n === 0 || n === onPage.length - 1);
    assert.ok(ids.length > 0, '/map/ shows no claim');
    const text = new Map(graph.claims.map((claim) => [claim.id, claim.text]));
    for (const id of ids) {
      await page.focus(`#map-tree [data-claim="${id}"]`);
      const shown = await page.waitForFunction((words) => document.querySelector('#map-focus-body .mf-claim')?.textContent?.trim() === words, text.get(id), { timeout: 10_000 })
        .then(() => text.get(id), () => page.textContent('#map-focus-body'));
      assert.equal(shown, text.get(id), `${id}'s pane`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('d3-zoom is fetched when the pointer comes over the map, not with the page', async () => {
    const errors: string[] = [];
    const scripts: string[] = [];
    const page = await built.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${built.site.url}map/`);
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    await page.waitForLoadState('networkidle');
    const loadedFirst = [...scripts];
    assert.ok(loadedFirst.length > 0 && loadedFirst.every((path) => !path.includes('zoom-behaviour')), `loaded with the page: ${loadedFirst.join(', ')}`);
    // The map starts below the first screen: hover scrolls to a claim in it, as a reader's pointer would come.
    await page.locator('#map-tree [role="treeitem"]').nth(1).hover();
    await page.waitForSelector('#map-viewport[data-zoom="ready"]', { state: 'attached' });
    assert.ok(scripts.some((path) => path.includes('zoom-behaviour')), 'd3-zoom came when the pointer did');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('/map/#<id>, Enter stays on the map; then the claim\'s page from the pane, then Back: focus is on that treeitem again', async () => {
    const errors: string[] = [];
    const target = graph.claims[Math.floor(graph.claims.length / 2)]!;
    const page = await open(`map/#${target.id}`, errors);
    assert.equal(await focusedClaim(page), target.id);
    await page.keyboard.press('Enter');
    assert.equal(new URL(page.url()).pathname, '/map/', 'Enter shows the claim here');
    assert.equal(await focusedClaim(page), target.id);
    await page.click(`#map-focus-body a[href$="/claims/${target.id}/"]`);
    await page.waitForURL(new RegExp(`/claims/${target.id}/$`));
    await page.goBack();
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.claim === id, target.id, { timeout: 5000 }).catch(() => undefined);
    assert.equal(await focusedClaim(page), target.id);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('moving focus keeps the place in the address, so Back returns to the claim last focused', async () => {
    const errors: string[] = [];
    const page = await open('map/', errors);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    const id = (await focusedClaim(page))!;
    assert.equal(new URL(page.url()).hash, `#${id}`);
    await page.goto(`${built.site.url}about/`);
    await page.goBack();
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    await page.waitForFunction((claim) => (document.activeElement as HTMLElement | null)?.dataset.claim === claim, id, { timeout: 5000 }).catch(() => undefined);
    assert.equal(await focusedClaim(page), id);
    await page.close();
  });

  test('the focus pane shows the claim whole and what supports and rebuts it from other essays; a link there focuses that claim', async () => {
    const errors: string[] = [];
    const essayOf = new Map(graph.claims.map((claim) => [claim.id, claim.essay]));
    const cross = graph.relations.find((relation) => relation.type !== 'undercuts' && essayOf.has(relation.to) && essayOf.get(relation.from) !== essayOf.get(relation.to))!;
    const page = await open(`map/#${cross.to}`, errors);
    const target = graph.claims.find((claim) => claim.id === cross.to)!;
    assert.equal((await page.textContent('#map-focus-body .mf-claim'))?.trim(), target.text);
    const column = cross.type === 'supports' ? 'for' : 'against';
    const link = page.locator(`#map-focus-body .mf-col--${column} a[data-goto="${cross.from}"]`);
    assert.equal(await link.count(), 1);
    await link.click();
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.claim === id, cross.from);
    assert.equal(new URL(page.url()).pathname, new URL(`${built.site.url}map/`).pathname, 'it stayed on the map page');
    // The arc of the relation is drawn while either end is in focus.
    assert.equal(await page.$eval(`path[data-id="${cross.id}"]`, (path) => getComputedStyle(path).display !== 'none' && path.getAttribute('d') !== '').catch(() => true), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('at 390 × 844 no element of the map is wider than the window, before and after focusing a claim', async () => {
    const page = await built.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${built.site.url}map/`);
    await page.waitForSelector('#map-viewport[data-ready="true"]');
    const overflowing = () => page.evaluate(() => [...document.querySelectorAll<Element>('.map-page *')].filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.left < -0.5 || rect.right > innerWidth + 0.5);
    }).map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}#${element.id}`).slice(0, 10));
    assert.deepEqual(await overflowing(), []);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 8; step += 1) await page.keyboard.press('ArrowDown');
    assert.deepEqual(await overflowing(), []);
    const names = await page.$$eval('.mt-ess', (badges) => badges.filter((badge) => badge.scrollWidth > badge.clientWidth + 1).length);
    assert.equal(names, 0, 'author names are whole');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
    await page.close();
  });

  test('with JavaScript off the whole map shows every claim and does not scroll sideways at 360 px', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${built.site.url}map/all/`);
    const hidden = await page.$$eval('#map-tree [data-claim]', (items) => items.filter((item) => (item as HTMLElement).offsetParent === null).length);
    assert.equal(hidden, 0);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.equal(widths[0], widths[1]);
    await context.close();
  });

  test('the whole map prints as an outline: no drawing, every claim listed', async () => {
    const page = await built.browser.newPage();
    await page.goto(`${built.site.url}map/all/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      svg: getComputedStyle(document.getElementById('map-links')!).display,
      listItems: [...document.querySelectorAll('#map-tree [data-claim]')].filter((item) => getComputedStyle(item.parentElement!).display === 'list-item').length,
    }));
    assert.equal(state.svg, 'none');
    assert.equal(state.listItems, graph.claims.length);
    await page.close();
  });
});
