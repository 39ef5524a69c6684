import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { indexSearch, prepareSearchPage, quickIndexBlock } from '../../../scripts/index-search.ts';
import { QUICK_INDEX_ID, type QuickEntry } from '../../../src/search/quick-search.ts';
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

  test('returns the quick index: each page\'s link, label and own words', async () => {
    await write('/claims/plain/', page('Plain', '<article data-pagefind-body><p>Plain words about Melitopol.</p></article>'));
    const quick = await indexSearch(dist, ['/claims/plain/']);
    assert.deepEqual(quick.map((entry) => [entry.url, entry.label]), [['/claims/plain/', 'Plain']]);
    assert.match(quick[0]!.text, /Plain words about Melitopol/);
  });
});

/** A quick entry whose words are `text`. */
const entry = (text: string): QuickEntry => ({ url: '/claims/x/', label: 'X', kind: 'Reason', essay: 'An essay', author: 'A. Writer', text });

describe('quickIndexBlock', () => {
  test('is a JSON data block no essay text can close or break out of, read back as it was', () => {
    const hostile = entry('Ends </script><script>alert(1)</script> and <!-- a comment --> and $& and \u2028.');
    const { block, outcome } = quickIndexBlock([hostile]);
    assert.equal(outcome.written, true);
    assert.match(block, new RegExp(`^<script type="application/json" id="${QUICK_INDEX_ID}">`));
    const body = block.slice(block.indexOf('>') + 1, -'</script>'.length);
    assert.ok(!body.includes('<'), `a "<" is left in the block: ${body}`);
    assert.deepEqual(JSON.parse(body), [hostile]);
  });

  test('is empty past its budget, and says how big it would have been', () => {
    const quick = [entry('Plain words about Melitopol.')];
    const within = quickIndexBlock(quick);
    assert.ok(within.outcome.gzipBytes > 0 && within.outcome.written);
    assert.deepEqual(quickIndexBlock(quick, within.outcome.gzipBytes - 1), { block: '', outcome: { gzipBytes: within.outcome.gzipBytes, written: false } });
  });
});

describe('prepareSearchPage', () => {
  /** A built search page as Astro writes it: Pagefind's module preloaded under `base`, the page's one module at the end. */
  const searchPage = (base: string) => `<!doctype html><html lang="en"><head><title>Search</title><link rel="modulepreload" href="${base}pagefind/pagefind.js"></head><body><main></main><script type="module" src="${base}_astro/search.js"></script></body></html>`;

  /** The page after `prepareSearchPage` with `quick` and `budget`. */
  async function prepared(quick: QuickEntry[], budget?: number): Promise<string> {
    const dist = await mkdtemp(join(tmpdir(), 'prepare-search-'));
    try {
      await mkdir(join(dist, 'search'), { recursive: true });
      await mkdir(join(dist, 'pagefind'), { recursive: true });
      await writeFile(join(dist, 'search/index.html'), searchPage('/course/'));
      await writeFile(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en' } } }));
      await prepareSearchPage(dist, quick, budget === undefined ? {} : { quickBudget: budget });
      return await readFile(join(dist, 'search/index.html'), 'utf8');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  }

  test('preloads the page\'s script and Pagefind\'s entry under the base, and puts the quick index before the script, as it was', async () => {
    const quick = [entry('Words with $& and $\' in them.')];
    const html = await prepared(quick);
    const head = html.slice(0, html.indexOf('</head>'));
    assert.ok(head.includes('<link rel="modulepreload" href="/course/_astro/search.js">'), head);
    assert.ok(head.includes('href="/course/pagefind/pagefind-entry.json?ts=en_1" data-pagefind-tag="en_1"'), head);
    const block = new RegExp(`<script type="application/json" id="${QUICK_INDEX_ID}">(.*?)</script><script type="module" src="/course/_astro/search.js">`).exec(html);
    assert.ok(block, html);
    assert.deepEqual(JSON.parse(block[1]!), quick);
  });

  test('past its budget, the page carries no quick index', async () => {
    const html = await prepared([entry('Plain words about Melitopol.')], 1);
    assert.ok(!html.includes(QUICK_INDEX_ID), html);
    assert.ok(html.includes('<script type="module" src="/course/_astro/search.js">'), html);
  });
});
