import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestQuery, wordsOf } from '../../../src/search/suggest.ts';

const words = { kagan: 12, greene: 9, ceasefire: 5, negotiations: 30, negotiate: 8, putin: 80, minsk: 0 };

describe('suggestQuery', () => {
  test('corrects a misspelt author from the site’s words', () => {
    assert.equal(suggestQuery('kagen', words), 'kagan');
    assert.equal(suggestQuery('Grene', words), 'greene');
  });
  test('corrects one word of several and keeps the rest', () => {
    assert.equal(suggestQuery('putin ceasfire', words), 'putin ceasefire');
  });
  test('suggests nothing when every word is known or is the start of a known word', () => {
    assert.equal(suggestQuery('negotiat putin', words), undefined);
    assert.equal(suggestQuery('Kagan', words), undefined);
  });
  test('suggests nothing for a word far from every site word', () => {
    assert.equal(suggestQuery('zebra', words), undefined);
  });
  test('never suggests a word less like the query than a slip: “minsk” is not “risk”', () => {
    assert.equal(suggestQuery('minsk', { risk: 40, mink: 0 } as Record<string, number>), 'mink');
    assert.equal(suggestQuery('minsk', { risk: 40, disk: 3 }), undefined);
    assert.equal(suggestQuery('negotations', { negotiations: 30, negotiate: 8 }), 'negotiations');
    assert.equal(suggestQuery('nucelar', { nuclear: 7, unclear: 2 }), 'nuclear');
  });
});

describe('wordsOf', () => {
  test('splits on anything but letters, digits and inner apostrophes or hyphens, in lower case', () => {
    assert.deepEqual(wordsOf('Putin’s “red lines” — de-escalation, 2022!'), ["putin's", 'red', 'lines', 'de-escalation', '2022']);
  });
});
