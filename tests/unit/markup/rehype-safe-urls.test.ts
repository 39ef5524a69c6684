import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeSafeUrls, isSafeUrl } from '../../../src/markup/rehype-safe-urls.ts';
import { remarkEscapeHtml } from '../../../src/markup/remark-escape-html.ts';

/** Markdown -> HTML the way Astro's unified processor does it, raw HTML allowed through. */
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkEscapeHtml)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSafeUrls)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(markdown);
  return String(file);
}

describe('isSafeUrl', () => {
  test('accepts relative, http(s) and mailto URLs', () => {
    for (const url of ['/claims/a/', '#x', 'page/', 'https://example.org/', 'http://example.org', 'mailto:a@b.c', '?q=1']) {
      assert.equal(isSafeUrl(url), true, url);
    }
  });
  test('rejects javascript:, data: and vbscript:, however disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'java\u200bscript:x', 'data:text/html,x', 'vbscript:x']) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });
});

describe('remarkEscapeHtml + rehypeSafeUrls', () => {
  test('shows raw HTML as text', async () => {
    const html = await render('a <script>alert(1)</script> b\n\n<div onclick="x()">c</div>\n');
    assert.doesNotMatch(html, /<script>|<div/);
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.match(html, /&#x3C;div onclick="x\(\)">c&#x3C;\/div>/);
  });
  test('drops a javascript: link’s href but keeps its words', async () => {
    const html = await render('[click me](javascript:alert(1)) and [ok](https://example.org/)\n');
    assert.equal(html, '<p><a>click me</a> and <a href="https://example.org/">ok</a></p>');
  });
});
