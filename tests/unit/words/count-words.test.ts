import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, numberWord } from '../../../src/words/count-words.ts';

describe('numberWord', () => {
  test('spells out zero to nine and writes figures from ten', () => {
    assert.deepEqual([0, 1, 4, 9].map(numberWord), ['zero', 'one', 'four', 'nine']);
    assert.equal(numberWord(10), '10');
    assert.equal(numberWord(2500), '2,500');
  });

  test('rejects what is not a count', () => {
    assert.throws(() => numberWord(-1), RangeError);
    assert.throws(() => numberWord(1.5), RangeError);
  });
});

describe('countOf', () => {
  test('puts the noun in the plural unless the count is one', () => {
    assert.equal(countOf(4, 'essay'), 'four essays');
    assert.equal(countOf(1, 'essay'), 'one essay');
    assert.equal(countOf(200, 'published essay'), '200 published essays');
    assert.equal(countOf(2, 'analysis', { plural: 'analyses' }), 'two analyses');
  });

  test('writes figures when asked, for lines of figures', () => {
    assert.equal(countOf(5, 'claim', { figures: true }), '5 claims');
    assert.equal(countOf(1, 'claim', { figures: true }), '1 claim');
  });
});
