import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { copyProject, type ProjectCopy } from '../helpers/build-copy.ts';
import { serveSite, type StaticSite } from '../helpers/serve.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { checkInternalLinks } from '../helpers/internal-links.ts';

const BASE = '/course/argmap/';

describe('a build with BASE=/course/argmap/', () => {
  let copy: ProjectCopy;
  let site: StaticSite;
  let dist: string;
  let browser: Browser | undefined;

  before(async () => {
    copy = await copyProject();
    const result = copy.run('build', { BASE });
    assert.equal(result.status, 0, `build failed:\n${result.stdout}\n${result.stderr}`);
    dist = join(copy.dir, 'dist');
    site = await serveSite(dist, BASE);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await copy?.dispose();
  });

  test('linkinator finds no broken link or fragment, crawling from the home page', async () => {
    const result = await check({
      path: site.url,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Only this copy of the site: the essays' own external links are not ours to check offline.
      linksToSkip: async (link) => !link.startsWith(site.origin),
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    assert.deepEqual(broken.map((link) => `${link.parent} -> ${link.url} (${link.status})`), []);
    const pages = result.links.filter((link) => link.state === LinkState.OK && link.url.startsWith(site.url));
    assert.ok(pages.length > 10, `crawled only ${pages.length} links`);
    for (const path of ['graph.argdown', 'graph.aif.json', 'claims.csv', 'teach/']) {
      assert.ok(pages.some((link) => link.url === `${site.url}${path}`), `the crawl reached ${BASE}${path}`);
    }
  });

  test('every href, src and action in every page resolves to a file under the base, and every #fragment to an id', async () => {
    const { broken, checked } = await checkInternalLinks(dist, BASE);
    assert.deepEqual(broken, []);
    assert.ok(checked > 100, `checked only ${checked} references`);
  });

  test('pages load in Chromium without a failed request or one outside the base', async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed ${request.url()}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === site.origin && !url.pathname.startsWith(BASE)) problems.push(`outside base: ${request.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    // Every top-level page and section index, and one page per dynamic route (essay, claim).
    const top = (await readdir(dist, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'index.html')))
      .map((entry) => entry.name);
    const paths = ['', ...top.map((name) => `${name}/`)];
    for (const dir of ['essays', 'claims']) {
      const first = (await readdir(join(dist, dir), { withFileTypes: true }).catch(() => [])).find((entry) => entry.isDirectory());
      if (first) paths.push(`${dir}/${first.name}/`);
    }
    // Search runs a query in the page; the map reads the graph: both must find their files under the base.
    if (top.includes('search')) paths.push('search/?q=negotiations');
    if (top.includes('map')) paths.push('map/#question');
    for (const path of paths) {
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      if (!response || response.status() >= 400) problems.push(`${response?.status()} page ${path}`);
    }
    assert.deepEqual(problems, []);
  });
});
