import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes, totalReadingMinutes, WORDS_PER_MINUTE } from '../../../src/words/reading-time.ts';

describe('readingMinutes', () => {
  test('rounds to the nearest minute at the one rate and never says 0', () => {
    assert.equal(WORDS_PER_MINUTE, 230);
    assert.equal(readingMinutes(230), 1);
    assert.equal(readingMinutes(344), 1);
    assert.equal(readingMinutes(346), 2);
    assert.equal(readingMinutes(0), 1);
    assert.equal(readingMinutes(1474), 6);
  });
});

describe('totalReadingMinutes', () => {
  test('is the sum of each essay’s minutes, so a list adds up to its total', () => {
    const essays = [{ words: 1474 }, { words: 1204 }, { words: 1409 }, { words: 413 }];
    assert.equal(totalReadingMinutes(essays), essays.reduce((sum, essay) => sum + readingMinutes(essay.words), 0));
    assert.equal(totalReadingMinutes(essays), 19);
    assert.notEqual(totalReadingMinutes([{ words: 300 }, { words: 300 }]), readingMinutes(600));
    assert.equal(totalReadingMinutes([]), 0);
  });
});
