import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { checkInternalLinks } from '../helpers/internal-links.ts';
import { COURSE, sharedBuild } from '../helpers/shared-build.ts';
import { HOSTILE } from '../helpers/course-additions.ts';
import { loadGraph } from '../../src/data-files/load-graph.ts';

const { BASE } = COURSE;
// The hostile essay the course copy carries links `java&#x09;script:…` on purpose: the site keeps it as
// a harmless relative link that leads nowhere (hostile.test.ts checks nothing of it runs). Its pages are
// the one place a broken link is the author's, not ours.
const HOSTILE_PAGES = `${BASE}essays/${HOSTILE.essay}/`;
const fromHostile = (page: string) => new URL(page, 'http://x').pathname.startsWith(HOSTILE_PAGES);

describe('a build with BASE=/course/argmap/', () => {
  let site: StaticSite;
  let dist: string;
  let browser: Browser | undefined;

  before(async () => {
    dist = await sharedBuild(COURSE);
    site = await serveSite(dist, BASE);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
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
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN && !(link.parent && fromHostile(link.parent) && /script:/.test(decodeURIComponent(link.url))));
    assert.deepEqual(broken.map((link) => `${link.parent} -> ${link.url} (${link.status})`), []);
    const pages = result.links.filter((link) => link.state === LinkState.OK && link.url.startsWith(site.url));
    assert.ok(pages.length > 10, `crawled only ${pages.length} links`);
    for (const path of ['graph.argdown', 'graph.aif.json', 'claims.csv', 'teach/']) {
      assert.ok(pages.some((link) => link.url === `${site.url}${path}`), `the crawl reached ${BASE}${path}`);
    }
  });

  test('every href, src and action in every page resolves to a file under the base, and every #fragment to an id', async () => {
    const { broken, checked } = await checkInternalLinks(dist, BASE);
    assert.deepEqual(broken.filter((link) => !(fromHostile(link.page) && /script:/.test(decodeURIComponent(link.ref)))), []);
    assert.ok(checked > 100, `checked only ${checked} references`);
  });

  test('the exports link every claim to its page and essay under the base', async () => {
    const rows: Record<string, string>[] = parse(await readFile(join(dist, 'claims.csv'), 'utf8'), { columns: true, bom: true });
    const aif = JSON.parse(await readFile(join(dist, 'graph.aif.json'), 'utf8')) as { nodes: { type: string; url?: string }[] };
    const argdown = await readFile(join(dist, 'graph.argdown'), 'utf8');
    const urls = [
      ...rows.flatMap((row) => [row.url!, row.anchor!]),
      ...aif.nodes.filter((node) => node.type === 'I').map((node) => node.url!),
      ...[...argdown.matchAll(/(?:url|anchor): "([^"]+)"/g)].map((match) => match[1]!),
    ];
    assert.ok(urls.length > 3 * rows.length);
    const { broken } = await checkInternalLinks(dist, BASE, urls.map((url) => new URL(url).pathname + new URL(url).hash));
    assert.deepEqual(broken, []);
  });

  /** Opens pages in one Chromium tab; collects failed requests, requests outside the base and script errors. */
  async function visit(paths: string[], inspect?: (page: Page, path: string) => Promise<void>): Promise<string[]> {
    browser ??= await launchBrowser();
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
    for (const path of paths) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      await inspect?.(page, path);
    }
    await page.close();
    return problems;
  }

  test('every page type loads in Chromium without a failed request, a request outside the base or a script error', async () => {
    // Every top-level page, and the first page of each dynamic route (essays, claims).
    const top = (await readdir(dist, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'index.html')))
      .map((entry) => `${entry.name}/`);
    const paths = new Set(['', 'map/', 'search/', 'teach/', 'about/', ...top]);
    for (const dir of ['essays', 'claims']) {
      const first = (await readdir(join(dist, dir), { withFileTypes: true })).find((entry) => entry.isDirectory());
      assert.ok(first, `dist/${dir}/ has pages`);
      paths.add(`${dir}/${first.name}/`);
    }
    assert.deepEqual(await visit([...paths]), []);
  });

  test('search finds claims and links them under the base', async () => {
    const problems = await visit(['search/?q=negotiations'], async (page) => {
      await page.locator(`main a[href^="${BASE}claims/"], main a[href^="${BASE}essays/"]`).first().waitFor();
    });
    assert.deepEqual(problems, []);
  });

  test('the map opens on a claim under the base', async () => {
    const graph = loadGraph(join(dist, 'graph.json'));
    const id = graph.claims[0]!.id;
    let count = 0;
    const problems = await visit([`map/#${id}`], async (page) => {
      count = await page.locator(`[id="${id}"]`).count();
    });
    assert.deepEqual(problems, []);
    assert.equal(count, 1, `the map has one element with id="${id}"`);
  });
});
