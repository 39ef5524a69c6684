import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

describe('collapseSpace', () => {
  test('makes each run of spaces, tabs, line breaks and no-break spaces one space', () => {
    assert.equal(collapseSpace('Putin\n  has been\tconsistent\u00a0\u00a0on his\r\nred lines'), 'Putin has been consistent on his red lines');
  });

  test('leaves no space at either end, and an all-space text empty', () => {
    assert.equal(collapseSpace('  \n a claim \t'), 'a claim');
    assert.equal(collapseSpace(' \n\t '), '');
  });

  test('changes nothing else: punctuation, quotation marks and case stay', () => {
    assert.equal(collapseSpace('“No,” he said — twice.'), '“No,” he said — twice.');
  });
});
