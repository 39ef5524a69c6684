import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { indexSearch, preloadSearch, QUICK_INDEX_FILE } from '../../../scripts/index-search.ts';
import { QUICK_INDEX_LINK } from '../../../src/search/quick-search.ts';
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

  test('writes the quick index within its budget, and past it none (removing an older one), and says which', async () => {
    await write('/claims/plain/', page('Plain', '<article data-pagefind-body><p>Plain words about Melitopol.</p></article>'));
    const within = await indexSearch(dist, ['/claims/plain/']);
    assert.equal(within.written, true);
    const entries = JSON.parse(await readFile(join(dist, QUICK_INDEX_FILE), 'utf8')) as { url: string; text: string }[];
    assert.deepEqual(entries.map((entry) => entry.url), ['/claims/plain/']);
    assert.match(entries[0]!.text, /Melitopol/);
    const past = await indexSearch(dist, ['/claims/plain/'], { quickBudget: within.gzipBytes - 1 });
    assert.deepEqual(past, { gzipBytes: within.gzipBytes, written: false });
    assert.ok(!(await readdir(dist)).includes(QUICK_INDEX_FILE), 'the quick index from the first run is still there');
  });
});

describe('preloadSearch', () => {
  /** A built search page as Astro writes it: Pagefind's module preloaded under `base`, the page's one module at the end. */
  const searchPage = (base: string) => `<!doctype html><html lang="en"><head><title>Search</title><link rel="modulepreload" href="${base}pagefind/pagefind.js"></head><body><main></main><script type="module" src="${base}_astro/search.js"></script></body></html>`;

  async function preloads(quick: boolean): Promise<string[]> {
    const dist = await mkdtemp(join(tmpdir(), 'preload-search-'));
    try {
      await mkdir(join(dist, 'search'), { recursive: true });
      await mkdir(join(dist, 'pagefind'), { recursive: true });
      await writeFile(join(dist, 'search/index.html'), searchPage('/course/'));
      await writeFile(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en' } } }));
      if (quick) await writeFile(join(dist, QUICK_INDEX_FILE), '[]');
      await preloadSearch(dist);
      return [...(await readFile(join(dist, 'search/index.html'), 'utf8')).matchAll(/<link rel="(?:module)?preload"[^>]*>/g)].map((match) => match[0]);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  }

  test('preloads the page\'s script, the quick index (marked for the page to find) and Pagefind\'s entry, under the base', async () => {
    const links = await preloads(true);
    assert.ok(links.includes('<link rel="modulepreload" href="/course/_astro/search.js">'), links.join('\n'));
    assert.ok(links.includes(`<link rel="preload" as="fetch" crossorigin href="/course/${QUICK_INDEX_FILE}" ${QUICK_INDEX_LINK}>`), links.join('\n'));
    assert.ok(links.some((link) => link.includes('href="/course/pagefind/pagefind-entry.json?ts=en_1" data-pagefind-tag="en_1"')), links.join('\n'));
  });

  test('with no quick index, has no link to one: the page then fetches none', async () => {
    const links = await preloads(false);
    assert.deepEqual(links.filter((link) => link.includes(QUICK_INDEX_FILE) || link.includes(QUICK_INDEX_LINK)), []);
    assert.equal(links.length, 2, links.join('\n'));
  });
});
