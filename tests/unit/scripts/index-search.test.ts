import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { indexSearch } from '../../../scripts/index-search.ts';
import { parseExcerpt } from '../../../src/search/excerpt.ts';
import { loadPagefind, topResults } from '../../helpers/pagefind.ts';

/** A page as the site renders one: navigation outside the body, search meta hidden. */
function page(title: string, body: string, meta = true): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<nav><a href="/">Essays</a> navigation words</nav>
${meta ? `<div hidden data-pagefind-ignore><span data-pagefind-meta="title">${title}</span><span data-pagefind-meta="essay">An essay</span><span data-pagefind-filter="kind">reason</span></div>` : ''}
${body}
<footer>footer words</footer></body></html>`;
}

describe('indexSearch', () => {
  let dist: string;
  before(async () => {
    dist = await mkdtemp(join(tmpdir(), 'index-search-'));
  });
  after(async () => {
    await rm(dist, { recursive: true, force: true });
    await pagefindNode.close();
  });

  async function write(url: string, html: string): Promise<void> {
    await mkdir(join(dist, url), { recursive: true });
    await writeFile(join(dist, url, 'index.html'), html);
  }

  test('names every page it cannot index and writes nothing', async () => {
    await write('/claims/marked/', page('Marked', '<article data-pagefind-body><p>Words.</p></article>'));
    await write('/claims/unmarked/', page('Unmarked', '<article><p>Words.</p></article>'));
    await write('/claims/no-meta/', page('No meta', '<article data-pagefind-body><p>Words.</p></article>', false));
    await assert.rejects(indexSearch(dist, ['/claims/marked/', '/claims/unmarked/', '/claims/missing/', '/claims/no-meta/']), (error: Error) => {
      assert.match(error.message, /\/claims\/unmarked\/: the page has no data-pagefind-body element/);
      assert.match(error.message, /\/claims\/missing\/: no page at /);
      assert.match(error.message, /\/claims\/no-meta\/: no search meta \(title, essay\): add <SearchMeta>/);
      assert.doesNotMatch(error.message, /\/claims\/marked\//);
      return true;
    });
    assert.deepEqual((await readdir(dist)).sort(), ['claims']);
  });

  test('indexes only the marked body, keeps markup in the words as text, and drops the unused UIs', async () => {
    await write('/claims/hostile/', page('Hostile', '<article data-pagefind-body><p>The claim says &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p><p data-pagefind-ignore>relation boilerplate</p></article>'));
    await write('/claims/plain/', page('Plain', '<article data-pagefind-body><p>Plain words about Melitopol.</p></article>'));
    await indexSearch(dist, ['/claims/hostile/', '/claims/plain/']);
    const files = await readdir(join(dist, 'pagefind'));
    assert.ok(files.includes('pagefind.js'));
    for (const unused of ['pagefind-ui.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) assert.ok(!files.includes(unused), unused);

    const { pagefind, site } = await loadPagefind(dist);
    try {
      const [hostile] = await topResults(pagefind, 'alert', 1);
      assert.equal(hostile?.url, '/claims/hostile/');
      const parts = parseExcerpt(hostile.excerpt);
      assert.ok(parts, `excerpt parses: ${hostile.excerpt}`);
      assert.match(parts.map((part) => part.text).join(''), /<script>alert\(1\)<\/script> & more/);
      for (const word of ['navigation', 'footer', 'boilerplate']) assert.deepEqual(await topResults(pagefind, word, 5), [], word);
      assert.equal((await topResults(pagefind, 'Melitopol', 1))[0]?.url, '/claims/plain/');
    } finally {
      await site.close();
    }
  });
});
