import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { joinNames } from '../../../src/words/reading-words.ts';

describe('joinNames', () => {
  test('joins names as British prose, without a serial comma', () => {
    assert.deepEqual([[], ['Kagan'], ['Kagan', 'Greene'], ['Kagan', 'Greene', 'a reader']].map(joinNames), ['', 'Kagan', 'Kagan and Greene', 'Kagan, Greene and a reader']);
  });
});
