/**
 * Reads the built site (dist/, after `npm run build`) for the address it was built for. Built without
 * SITE (as `npm test` builds it): no page, card, citation or export names localhost or any other host
 * for the site, and nothing needs one (no canonical link, og:url or og:image). Built with SITE (and
 * BASE), every URL on SITE's host is under SITE + BASE (tests/site/pages/social-meta-base.test.ts builds
 * such a copy and checks each field).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { absoluteUrlsIn, LOCAL_HOSTS } from '../../helpers/absolute-urls.ts';
import { DIST, distPages } from '../../helpers/dist.ts';

const urls = await absoluteUrlsIn(DIST);
const pages = await distPages();
const site = process.env.SITE;

describe('the address the site was built for', () => {
  test('no file in dist/ names localhost or another address of this machine', () => {
    const local = urls.filter(({ url }) => LOCAL_HOSTS.test(new URL(url).host));
    assert.deepEqual(local, []);
  });

  test('no file in dist/ contains "localhost" at all (grep -r localhost dist/)', async () => {
    const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
    const hits: string[] = [];
    for (const entry of entries.filter((item) => item.isFile())) {
      const bytes = await readFile(join(entry.parentPath, entry.name));
      if (bytes.includes('localhost')) hits.push(join(entry.parentPath, entry.name));
    }
    assert.deepEqual(hits, []);
  });

  test(site ? 'every URL on SITE\'s host is under SITE + BASE' : 'without SITE, no page has a canonical link, og:url or og:image', () => {
    if (site) {
      const root = new URL(process.env.BASE ?? '/', site).href;
      const host = new URL(site).host;
      assert.deepEqual(urls.filter(({ url }) => new URL(url).host === host && !url.startsWith(root)), []);
      return;
    }
    const absolute = pages.filter(({ $ }) => $('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]').length > 0);
    assert.deepEqual(absolute.map((page) => page.file), []);
  });
});
