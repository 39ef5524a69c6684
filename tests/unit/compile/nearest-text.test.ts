import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { markDifference, nearestPassage } from '../../../src/compile/nearest-text.ts';

describe('nearestPassage', () => {
  test('finds the reworded passage in a longer text, without the punctuation around it', () => {
    const text = 'Many in the United States have echoed the sentiment that Ukraine should give up pieces of its territory for a peace settlement. However, this is wrong.';
    const passage = nearestPassage(text, 'Ukraine must surrender pieces of its territory for a peace settlement');
    assert.equal(passage?.text, 'Ukraine should give up pieces of its territory for a peace settlement');
    assert.equal(text.slice(passage!.start, passage!.end), passage!.text);
  });

  test('finds a passage at the very end of the text', () => {
    assert.equal(nearestPassage('One two. Talking costs nothing. Nothing whatsoever.', 'Talking costs nothing. Nothing at all.')?.text, 'Talking costs nothing. Nothing whatsoever.');
  });

  test('finds nothing when the texts share too few words', () => {
    assert.equal(nearestPassage('Gamma. By G. Writer, of the Third Review.', 'The capture has one more sentence here.'), undefined);
  });
});

describe('markDifference', () => {
  test('marks words only in the first text [-so-] and only in the second {+so+}', () => {
    assert.equal(markDifference('Ukraine should give up pieces', 'Ukraine must surrender pieces'), 'Ukraine [-should give up-] {+must surrender+} pieces');
  });

  test('shortens long unchanged runs around a change', () => {
    const words = Array.from({ length: 40 }, (_, n) => `w${n}`).join(' ');
    const marked = markDifference(`${words} old`, `${words} new`);
    assert.match(marked, /^… (w\d+ ){5,6}\[-old-\] \{\+new\+\}$/);
    assert.doesNotMatch(marked, /w0 /);
  });
});
