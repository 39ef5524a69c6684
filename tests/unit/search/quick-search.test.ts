import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quickSearch, type QuickEntry } from '../../../src/search/quick-search.ts';

const entry = (url: string, label: string, text: string): QuickEntry => ({ url, label, kind: 'Reason', essay: 'An essay', author: 'A. Author', text });
const entries = [
  entry('/claims/a/', 'Talks reward aggression', 'Negotiations now would reward the invasion.'),
  entry('/claims/b/', 'Sanctions bite slowly', 'Sanctions take years; negotiations take months.'),
  entry('/claims/c/', 'Negotiations as a trap', 'Any pause lets the army regroup.'),
  entry('/essays/e/', 'Why negotiate <now>', ''),
];

describe('quickSearch', () => {
  test('finds the entries holding every word, a label match first, then site order', () => {
    assert.deepEqual(quickSearch(entries, 'negotiations', 10).map((result) => result.entry.url), ['/claims/c/', '/claims/a/', '/claims/b/']);
  });
  test('matches a word as a prefix of the entry’s words, as Pagefind does', () => {
    assert.deepEqual(quickSearch(entries, 'negotiat', 10).map((result) => result.entry.url), ['/claims/c/', '/essays/e/', '/claims/a/', '/claims/b/']);
  });
  test('needs every word of the query', () => {
    assert.deepEqual(quickSearch(entries, 'sanctions negotiations', 10).map((result) => result.entry.url), ['/claims/b/']);
  });
  test('finds nothing when a word is in no entry (a misspelling waits for the corrected search)', () => {
    assert.deepEqual(quickSearch(entries, 'negotations', 10), []);
    assert.deepEqual(quickSearch(entries, '  ', 10), []);
  });
  test('marks the matched words in an escaped excerpt; an essay’s excerpt is its label', () => {
    assert.equal(quickSearch(entries, 'sanctions', 1)[0]!.excerpt, '<mark>Sanctions</mark> take years; negotiations take months.');
    assert.equal(quickSearch(entries, 'now', 10).find((result) => result.entry.url === '/essays/e/')!.excerpt, 'Why negotiate &lt;<mark>now</mark>&gt;');
  });
  test('finds a word however its apostrophe or accent is written, in the entry or in the query', () => {
    const written = [entry('/claims/d/', 'A title', 'Russia’s re\u0301gime fears its own army.'), entry('/claims/f/', 'Another', 'Russia is not the regime.')];
    assert.deepEqual(quickSearch(written, "russia's régime", 10).map((result) => result.entry.url), ['/claims/d/']);
    assert.deepEqual(quickSearch(written, 'russia’s re\u0301g', 10).map((result) => result.entry.url), ['/claims/d/']);
  });
  test('marks a word whatever its case, accents or apostrophe, and nothing between words', () => {
    const written = [entry('/claims/g/', 'A title', 'RÉGIME’S end — Russia’s régime, "regimes".')];
    assert.equal(quickSearch(written, 'régime', 1)[0]!.excerpt, '<mark>RÉGIME’S</mark> end — Russia’s <mark>régime</mark>, "regimes".');
    assert.equal(quickSearch(written, "russia's", 1)[0]!.excerpt, 'RÉGIME’S end — <mark>Russia’s</mark> régime, "regimes".');
  });
  test('stops at the limit', () => {
    assert.equal(quickSearch(entries, 'negotiat', 2).length, 2);
  });
});
