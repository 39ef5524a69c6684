import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { truncateText } from '../../../src/words/truncate-text.ts';

describe('truncateText', () => {
  test('leaves short text alone, whitespace collapsed', () => {
    assert.equal(truncateText('  Talks  now\nfail. ', 40), 'Talks now fail.');
  });

  test('cuts at a word and drops trailing punctuation before the ellipsis', () => {
    assert.equal(truncateText('Talks would pause, not end, the war in Ukraine.', 20), 'Talks would pause…');
  });

  test('never exceeds the limit', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
    for (let max = 5; max < text.length; max++) assert.ok(truncateText(text, max).length <= max, String(max));
  });

  test('cuts inside a single overlong word rather than returning nothing', () => {
    assert.equal(truncateText('Supercalifragilistic', 8), 'Superca…');
  });
});
