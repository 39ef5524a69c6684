import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { searchSite } from '../../../src/search/search-site.ts';
import { wordsOf } from '../../../src/search/suggest.ts';

/** A tiny site: page id -> its words; a search gives the pages holding every word (by prefix, as Pagefind does). */
const PAGES: Record<string, string> = {
  a: 'sanctions against Russia',
  b: 'talks and negotiations with Russia',
  c: 'negotiations fail',
};
const WORDS = Object.fromEntries(Object.values(PAGES).flatMap(wordsOf).map((word) => [word, 1]));
const search = async (query: string) =>
  Object.entries(PAGES)
    .filter(([, text]) => wordsOf(query).every((word) => wordsOf(text).some((have) => have.startsWith(word))))
    .map(([id]) => ({ id, score: 1 }));

describe('searchSite', () => {
  test('searches a known word as typed, with no suggestion', async () => {
    const found = await searchSite(search, 'negotiations', WORDS);
    assert.deepEqual(found.results.map((result) => result.id), ['b', 'c']);
    assert.equal(found.suggestion, undefined);
  });

  test('shows the results for a misspelling\'s likely word at once', async () => {
    const found = await searchSite(search, 'negotations', WORDS);
    assert.equal(found.suggestion, 'negotiations');
    assert.deepEqual(found.results.map((result) => result.id), ['b', 'c']);
    assert.deepEqual(found.unknown, ['negotations']);
  });

  test('corrects a word that shares a stem with a site word but finds nothing', async () => {
    const found = await searchSite(search, 'sanctons', WORDS);
    assert.equal(found.suggestion, 'sanctions');
    assert.deepEqual(found.results.map((result) => result.id), ['a']);
  });

  test('finds nothing for a word in no page and far from all, and suggests nothing', async () => {
    const found = await searchSite(search, 'Minsk', WORDS);
    assert.deepEqual(found, { results: [], unknown: ['minsk'] });
  });

  test('leaves out a word in no page and searches the rest', async () => {
    const found = await searchSite(search, 'Minsk negotiations', WORDS);
    assert.deepEqual(found.results.map((result) => result.id), ['b', 'c']);
    assert.deepEqual(found.unknown, ['minsk']);
  });
});
