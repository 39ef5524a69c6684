/**
 * First paint in one round trip: no built page asks for anything render-blocking before its first
 * screen. Every stylesheet is inline (and CSP-hashed: tests/site/gates/csp.test.ts), scripts are
 * modules or deferred, nothing is @imported. tests/e2e/first-paint.test.ts checks the same in Chromium.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distPages } from '../../helpers/dist.ts';
import { QUICK_INDEX_ID } from '../../../src/search/quick-search.ts';

const pages = await distPages();

describe('render-blocking requests', () => {
  test('the site has pages to check', () => {
    assert.ok(pages.length > 0);
  });

  test('no page links a stylesheet (every stylesheet is inline)', () => {
    const linked = pages.filter(({ $ }) => $('link').toArray().some((link) => /(^|\s)stylesheet(\s|$)/i.test($(link).attr('rel') ?? '')));
    assert.deepEqual(linked.map((page) => page.file), []);
  });

  test('no page has a classic script with a src that blocks the parser', () => {
    const blocking = pages.filter(({ $ }) =>
      $('script[src]').toArray().some((script) => {
        const element = $(script);
        return element.attr('type') !== 'module' && element.attr('async') === undefined && element.attr('defer') === undefined;
      }),
    );
    assert.deepEqual(blocking.map((page) => page.file), []);
  });

  test('no inline style imports another file or a font', () => {
    const importing = pages.filter(({ $ }) => $('style').toArray().some((style) => /@import|@font-face/i.test($(style).text())));
    assert.deepEqual(importing.map((page) => page.file), []);
  });

  test('the search page carries its script and its quick index, and fetches Pagefind\'s entry from its head: its first results wait for no request', () => {
    const search = pages.find((page) => page.path === '/search/');
    assert.ok(search, 'no /search/ page');
    const { $ } = search;
    const modules = $('script[type="module"]').toArray();
    assert.equal(modules.length, 1, `${modules.length} module scripts`);
    assert.equal($(modules[0]).attr('src'), undefined, 'the search script is a file of its own: a round trip before the first results');
    assert.match($(modules[0]).text(), /search:quick/, 'the inline module is not the search script');
    const quick = $(`script[type="application/json"]#${QUICK_INDEX_ID}`);
    assert.equal(quick.length, 1, 'the search page carries no quick index');
    assert.ok((JSON.parse(quick.text()) as unknown[]).length > 0, 'the quick index is empty');
    const head = $('head link').toArray().map((link) => `${$(link).attr('rel')} ${$(link).attr('href')}`);
    assert.ok(head.some((link) => link.startsWith('preload /pagefind/pagefind-entry.json?ts=')), `the head lacks Pagefind's entry: ${head.join('; ')}`);
  });

  test('no page preloads a stylesheet or font for the first screen', () => {
    const preloading = pages.filter(({ $ }) => $('link[rel~="preload"][as="style"], link[rel~="preload"][as="font"]').length > 0);
    assert.deepEqual(preloading.map((page) => page.file), []);
  });
});
