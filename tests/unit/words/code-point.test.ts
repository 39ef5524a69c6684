import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codePoint } from '../../../src/words/code-point.ts';

describe('codePoint', () => {
  test('names a character by its code point, at least four hex digits, astral ones whole', () => {
    assert.equal(codePoint('\u00a0'), 'U+00A0');
    assert.equal(codePoint('\u200b'), 'U+200B');
    assert.equal(codePoint('😀'), 'U+1F600');
  });
});
