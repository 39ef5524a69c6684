import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, slipTolerance } from '../../../src/words/did-you-mean.ts';

describe('slipTolerance', () => {
  test('allows no slip in a word of two letters, one up to five, then a quarter of the length', () => {
    assert.deepEqual([1, 2, 3, 5, 6, 8, 11, 12, 20].map(slipTolerance), [0, 0, 1, 1, 2, 2, 2, 3, 5]);
  });
});

describe('didYouMean', () => {
  test('gives the nearest candidate within a slip', () => {
    assert.equal(didYouMean('kagen', ['kagan', 'greene']), 'kagan');
    assert.equal(didYouMean('kagan-pause-not-nd', ['kagan-pause-not-end', 'kagan-fire-never-ceased']), 'kagan-pause-not-end');
  });

  test('gives nothing when no candidate is within a slip', () => {
    assert.equal(didYouMean('minsk', ['risk', 'disk']), undefined);
    assert.equal(didYouMean('xy', ['xz']), undefined);
    assert.equal(didYouMean('anything', []), undefined);
  });

  test('does not suggest a candidate two edits away that starts differently', () => {
    assert.equal(didYouMean('kharkov', ['charkiv']), undefined);
    assert.equal(didYouMean('nucelar', ['nuclear']), 'nuclear');
  });

  test('breaks a tie by weight, then by order', () => {
    assert.equal(didYouMean('kagen', ['kagin', 'kagan'], (word) => (word === 'kagan' ? 9 : 1)), 'kagan');
    assert.equal(didYouMean('kagen', ['kagin', 'kagan']), 'kagin');
  });

  test('never suggests what was typed', () => {
    assert.equal(didYouMean('kagan', ['kagan']), undefined);
  });
});
