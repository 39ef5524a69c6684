import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../../../src/compile/build-graph/suggest.ts';

describe('suggest', () => {
  test('offers the nearest known id', () => {
    assert.equal(suggest('delta-theses', ['delta-thesis', 'delta-words'], 'fix it'), ': did you mean "delta-thesis"?');
  });

  test('says what to do when nothing is close', () => {
    assert.equal(suggest('zzzzzzzz', ['delta-thesis'], 'check the id'), ': check the id');
  });
});
