import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { distPages, type DistPage } from '../../helpers/dist.ts';

/** A made-up origin to resolve the site's links against; the site is built with base `/`. */
const ORIGIN = 'http://site.invalid';

describe('fragment links', () => {
  let pages: DistPage[];
  let ids: Map<string, Set<string>>;
  before(async () => {
    pages = await distPages();
    ids = new Map(
      pages.map((page) => [page.path, new Set(page.$('[id]').map((_, element) => page.$(element).attr('id') ?? '').get())]),
    );
  });

  test('every href="…#id" lands on an element with that id on its target page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      page.$('a[href*="#"], area[href*="#"], link[href*="#"]').each((_, element) => {
        const href = page.$(element).attr('href') ?? '';
        const url = new URL(href, `${ORIGIN}${page.path}`);
        if (url.origin !== ORIGIN || url.hash === '') return;
        const fragment = decodeURIComponent(url.hash.slice(1));
        const targetIds = ids.get(url.pathname);
        checked += 1;
        if (!targetIds) broken.push(`${page.file}: ${href} -> no page at ${url.pathname}`);
        else if (!targetIds.has(fragment)) broken.push(`${page.file}: ${href} -> no id="${fragment}" on ${url.pathname}`);
      });
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > 0, 'no fragment links found: the skip link at least should be one');
  });

  test('no page repeats an id', () => {
    const repeated: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      page.$('[id]').each((_, element) => {
        const id = page.$(element).attr('id') ?? '';
        if (seen.has(id)) repeated.push(`${page.file}: id="${id}"`);
        seen.add(id);
      });
    }
    assert.deepEqual(repeated, []);
  });
});
