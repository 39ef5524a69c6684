import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { COURSE, sharedBuild } from '../helpers/shared-build.ts';

const { BASE } = COURSE;

describe('search under a subpath', () => {
  let site: StaticSite;
  let browser: Browser;

  before(async () => {
    site = await serveSite(await sharedBuild(COURSE), BASE);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the header box, Pagefind and every result link stay under the base', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith(BASE)) outside.push(request.url());
    });
    await page.goto(site.url);
    await page.fill('#site-search-q', 'regime security');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(`${site.url}search/?q=regime+security`);
    await page.waitForSelector('#search-results li');
    const links = await page.$$eval('#search-results a', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    assert.ok(links.length > 0);
    for (const link of links) assert.ok(new URL(link).pathname.startsWith(`${BASE}claims/`) || new URL(link).pathname.startsWith(`${BASE}essays/`), link);
    await page.click('#search-results li:first-child a');
    await page.waitForURL(links[0]!);
    assert.notEqual(await page.title(), 'Not found');
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
