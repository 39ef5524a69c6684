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

  test('no page preloads a stylesheet or font for the first screen', () => {
    const preloading = pages.filter(({ $ }) => $('link[rel~="preload"][as="style"], link[rel~="preload"][as="font"]').length > 0);
    assert.deepEqual(preloading.map((page) => page.file), []);
  });
});
