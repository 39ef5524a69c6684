import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distPages } from '../../helpers/dist.ts';

/**
 * Directive markup the parser did not take would reach the page as text (`::: note`, a `:::` that
 * closed nothing, `]{#id kind=…}`): the graph step refuses it, and no built page may show it.
 */
describe('the built pages', () => {
  test('show no directive markup as text', async () => {
    const pages = await distPages();
    assert.ok(pages.length > 0);
    const found: string[] = [];
    for (const page of pages) {
      page.$('script, style, template, code, pre').remove();
      const text = page.$('body').text();
      for (const match of text.matchAll(/(?:^|\s)(:{2,} ?[a-z]+[{[]|:{3,}(?=\s|$))|(:claim\[|\]\{[#.a-z])/gm)) found.push(`${page.path}: ${JSON.stringify(match[1] ?? match[2])}`);
    }
    assert.deepEqual(found, []);
  });
});
