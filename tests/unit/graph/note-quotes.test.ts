import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from '../../../src/graph/note-quotes.ts';

describe('quotesOf', () => {
  const claim = 'The paranoia is — at its core — sincere, and it drives the Kremlin’s demands.';

  test('finds a quotation that stands word for word in the claim', () => {
    assert.deepEqual(quotesOf('Greene denies that “the paranoia is — at its core — sincere”.', claim.toLowerCase()), ['the paranoia is — at its core — sincere']);
  });

  test('ignores a quotation of fewer than three words, or one not in the claim', () => {
    assert.deepEqual(quotesOf('“sincere” and “the paranoia is feigned”', claim), []);
  });

  test('accepts a quotation cut with an ellipsis when each part is verbatim', () => {
    assert.deepEqual(quotesOf('“The paranoia is … sincere”', claim), ['The paranoia is … sincere']);
    assert.deepEqual(quotesOf('“The paranoia is … insincere”', claim), []);
  });

  test('folds white space, as the graph does', () => {
    assert.deepEqual(quotesOf('“drives the\n Kremlin’s demands”', claim), ['drives the Kremlin’s demands']);
  });
});
