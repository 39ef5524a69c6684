import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import type { Graph } from '../../src/schemas/graph.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';
import { QUICK_INDEX_ID } from '../../src/search/quick-search.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
/** The graph the built site was made from. */
const GRAPH = graphFile(resolve(import.meta.dirname, '../..'));

describe('search page', () => {
  let browser: Browser;
  let site: StaticSite;
  let graph: Graph;

  before(async () => {
    graph = loadGraph(GRAPH);
    site = await serveSite(DIST);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens a page that records console errors, uncaught exceptions and every requested URL. */
  async function open(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    return { page, errors, requests };
  }

  /** The claim-page paths of the result links, in order. */
  async function resultPaths(page: Page): Promise<string[]> {
    return page.$$eval('#search-results .search-result__title', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  test('shows Greene’s claim first for ?q=fighting+for+regime+security, and every result of ?q=regime+security holds the words', async () => {
    const { page, errors } = await open();
    await page.goto(`${site.url}search/?q=fighting+for+regime+security`);
    await page.waitForSelector('#search-results li');
    const paths = await resultPaths(page);
    const greene = graph.essays.find((essay) => essay.author.includes('Greene'));
    assert.ok(greene, 'the graph has Greene’s essay');
    const first = graph.claims.find((claim) => claim.url === paths[0]);
    assert.ok(first, `the first result ${paths[0]} is a claim page`);
    assert.equal(first.essay, greene.id);
    assert.match(first.text, /regime security/i);
    const firstMeta = await page.textContent('#search-results li:first-child .search-result__meta');
    assert.ok(firstMeta?.includes(greene.title) && firstMeta.includes(greene.author), `“${firstMeta}” names the essay and its author`);
    assert.match((await page.innerHTML('#search-results li:first-child .search-result__excerpt')), /<mark>regime<\/mark>/i);
    // The status counts every result; the list shows them ten at a time.
    const count = Number(/^(\d+) results for “fighting for regime security”/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    assert.ok(count >= paths.length && paths.length > 0, `${count} results, ${paths.length} shown`);
    assert.equal(await page.inputValue('#search-q'), 'fighting for regime security');
    assert.match(await page.title(), /^“fighting for regime security” · Search/);
    // A claim is found by its own words or its title: each of the first ten results of the two words holds both.
    await page.goto(`${site.url}search/?q=regime+security`);
    await page.waitForSelector('[data-search-results] li');
    for (const path of await resultPaths(page)) {
      const claim = graph.claims.find((item) => item.url === path);
      if (!claim) continue;
      const words = `${claim.text} ${claim.title ?? ''}`;
      assert.match(words, /\bregime/i, path);
      assert.match(words, /\bsecurity/i, path);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the quick index in the page answers while Pagefind is still on its way; with none (a site past its budget), Pagefind answers', async () => {
    // With it: Pagefind's module is held back until the quick results are on the page.
    const quick = await open();
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await quick.page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await quick.page.goto(`${site.url}search/?q=regime+security`);
    await quick.page.waitForSelector('#search-quick:not([hidden]) .search-result');
    assert.equal(await quick.page.locator('#search-results li').count(), 0, 'Pagefind answered though its module was held back');
    assert.match(await quick.page.innerHTML('#search-quick .search-result__excerpt >> nth=0'), /<mark>(regime|security)<\/mark>/i);
    release();
    await quick.page.waitForSelector('#search-results li');
    assert.deepEqual(quick.errors, []);
    await quick.page.close();

    // Without it: the page as index-search writes it when the quick index is over its budget.
    const none = await open();
    await none.page.route(/\/search\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const block = new RegExp(`<script type="application/json" id="${QUICK_INDEX_ID}">.*?</script>`).exec(html);
      assert.ok(block, 'the built search page carries no quick index');
      await route.fulfill({ response, body: html.replace(block[0], () => '') });
    });
    await none.page.goto(`${site.url}search/?q=regime+security`);
    await none.page.waitForSelector('#search-results li');
    assert.equal(await none.page.locator('#search-quick').isHidden(), true);
    assert.equal(await none.page.locator('#search-quick li').count(), 0);
    assert.deepEqual(none.errors, []);
    await none.page.close();
  });

  test('a filter narrows the results and is kept in the URL', async () => {
    const { page, errors } = await open();
    await page.goto(`${site.url}search/?q=regime+security`);
    await page.waitForSelector('#search-results li');
    const all = await resultPaths(page);
    // The filters are folded (a phone's first screen is for results): open them.
    await page.click('.search-form__fold summary');
    const readerOption = page.locator('#search-kind option[value="reader"]');
    await page.waitForFunction(() => /\(\d+\)$/.test(document.querySelector('#search-kind option[value="reader"]')?.textContent ?? ''));
    const expectedReaders = all.filter((path) => graph.claims.find((claim) => claim.url === path)?.kind === 'reader').length;
    assert.match((await readerOption.textContent()) ?? '', new RegExp(`\\(${expectedReaders}\\)$`), 'the option says how many results it keeps');
    await page.selectOption('#search-kind', 'reader');
    await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length < count, all.length);
    const readers = await resultPaths(page);
    assert.ok(readers.length > 0, 'reader comments mention regime security');
    assert.equal(readers.length, expectedReaders);
    for (const path of readers) {
      assert.equal(graph.claims.find((claim) => claim.url === path)?.kind, 'reader', `${path} is a reader claim`);
      assert.ok(all.includes(path), `${path} was among the unfiltered results`);
    }
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('q'), 'regime security');
    assert.equal(url.searchParams.get('kind'), 'reader');

    // The shared URL opens on the same filtered search.
    await page.goto(url.href);
    await page.waitForSelector('#search-results li');
    assert.equal(await page.inputValue('#search-kind'), 'reader');
    assert.equal(await page.locator('details.search-form__fold').evaluate((details) => (details as HTMLDetailsElement).open), true, 'a set filter is shown');
    assert.deepEqual(await resultPaths(page), readers);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the URL follows the query as it is typed, and each result holds the word', async () => {
    const { page, errors } = await open();
    await page.goto(`${site.url}search/`);
    await page.fill('#search-q', 'Melitopol');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Melitopol');
    await page.waitForSelector('[data-search-results] li');
    const paths = await resultPaths(page);
    // Claims whose own words name it, and the essays that do: a claim is not found by its paragraph.
    const expected = [...graph.claims.filter((claim) => claim.text.includes('Melitopol')), ...graph.essays.filter((essay) => essay.id === 'case-against-negotiations')].map((item) => item.url);
    assert.ok(paths.length > 0);
    for (const path of paths.slice(0, 3)) assert.ok(expected.includes(path), `${path} holds “Melitopol” (${paths.join(', ')})`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('“Show more results” adds the next results and moves focus to the first of them', async () => {
    const { page, errors } = await open();
    await page.goto(`${site.url}search/?q=Putin`);
    await page.waitForSelector('#search-results li');
    const status = (await page.textContent('#search-status')) ?? '';
    const total = Number(/^(\d+) results/.exec(status)?.[1]);
    assert.ok(total > 10, `more than one page of results for Putin: ${status}`);
    assert.equal((await resultPaths(page)).length, 10);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
    assert.equal((await resultPaths(page)).length, Math.min(total, 20));
    assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results a')[10]), true);
    assert.equal(await page.isHidden('#search-more'), total <= 20);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('reading pages load no Pagefind bytes until the search box is used', async () => {
    const essay = graph.essays[0]!;
    const claim = graph.claims[0]!;
    for (const path of [essay.url, claim.url]) {
      const { page, errors, requests } = await open();
      await page.goto(`${site.url}${path.slice(1)}`, { waitUntil: 'networkidle' });
      assert.deepEqual(requests.filter((url) => url.includes('/pagefind/')), [], `${path} loaded Pagefind`);
      await page.fill('#site-search-q', 'regime security');
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL(/\/search\/\?q=regime\+security$/);
      await page.waitForSelector('#search-results li');
      assert.ok(requests.some((url) => url.endsWith('/pagefind/pagefind.js')), 'the search page loads Pagefind');
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  test('a hostile query is shown as text and runs nothing', async () => {
    const { page, errors } = await open();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const query = '<img src=x onerror=alert(1)> "regime"';
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => !/Searching/.test(document.querySelector('#search-status')?.textContent ?? 'Searching'));
    // Shown as text: the query as typed, or (when a word of it is corrected) the words no essay has.
    const status = (await page.textContent('#search-status')) ?? '';
    assert.ok(status.includes('for “<img src=x onerror=alert(1)> "regime"”') || (status.startsWith('Showing results for') && status.includes('“onerror”')), status);
    assert.equal(await page.locator('main img').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('without JavaScript the page says search needs it, how to find words instead, and links to the essays and map', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=regime+security`);
    const notice = page.locator('.search__nojs');
    const text = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(text, /Search needs JavaScript/);
    assert.match(text, /open the essays \(/, 'a space before the link: not “openthe essays”');
    assert.match(text, /Find in page/);
    const links = await notice.locator('a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.deepEqual(links, ['/', '/map/']);
    await context.close();
  });

  test('a misspelling shows the results for the likely word at once, and says so once', async () => {
    const { page, errors } = await open();
    await page.goto(`${site.url}search/?q=negotations`);
    await page.waitForSelector('[data-search-results] li');
    const status = (await page.textContent('#search-status')) ?? '';
    assert.match(status, /^Showing results for “negotiations”: \d+ results\./);
    assert.equal((await page.textContent('main'))?.split('Showing results for').length, 2, 'said once');
    assert.equal(await page.locator('text=Did you mean').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('on a phone the first result is on the first screen, the filters folded', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=regime+security`);
    await page.waitForSelector('[data-search-results] li');
    assert.equal(await page.locator('details.search-form__fold').evaluate((details) => (details as HTMLDetailsElement).open), false);
    const box = await page.locator('[data-search-results] li').first().boundingBox();
    assert.ok(box && box.y + Math.min(box.height, 60) <= 844, `the first result starts at ${box?.y} px`);
    await context.close();
  });

  test('a word in no essay (“Minsk”) finds nothing, and the page says so', async () => {
    const { page, errors } = await open();
    await page.goto(`${site.url}search/?q=Minsk`);
    await page.waitForFunction(() => /No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
    assert.match((await page.textContent('#search-status')) ?? '', /No essay has the word “minsk”/);
    assert.equal(await page.locator('#search-results li').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
