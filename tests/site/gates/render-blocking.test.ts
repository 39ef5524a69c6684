/**
 * First paint in one round trip: no built page asks for anything render-blocking before its first
 * screen. Every stylesheet is inline (and CSP-hashed: tests/site/gates/csp.test.ts), scripts are
 * modules or deferred, nothing is @imported. tests/e2e/first-paint.test.ts checks the same in Chromium.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distPages } from '../../helpers/dist.ts';

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

  test('the search page fetches, from its head, its own script and what its first results need, in one round trip', () => {
    const search = pages.find((page) => page.path === '/search/');
    assert.ok(search, 'no /search/ page');
    const { $ } = search;
    const scripts = $('script[type="module"][src]').toArray().map((script) => $(script).attr('src'));
    assert.equal(scripts.length, 1, `module scripts: ${scripts.join(', ')}`);
    const head = $('head link').toArray().map((link) => `${$(link).attr('rel')} ${$(link).attr('href')}`);
    for (const wanted of [`modulepreload ${scripts[0]}`, 'preload /search-quick.json']) assert.ok(head.includes(wanted), `the head lacks ${wanted}: ${head.join('; ')}`);
    assert.ok(head.some((link) => link.startsWith('preload /pagefind/pagefind-entry.json?ts=')), `the head lacks Pagefind's entry: ${head.join('; ')}`);
  });

  test('no page preloads a stylesheet or font for the first screen', () => {
    const preloading = pages.filter(({ $ }) => $('link[rel~="preload"][as="style"], link[rel~="preload"][as="font"]').length > 0);
    assert.deepEqual(preloading.map((page) => page.file), []);
  });
});
