import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenText, QUOTATION_CUT } from '../../../src/words/shorten-text.ts';

describe('shortenText', () => {
  test('leaves short text alone, whitespace collapsed', () => {
    assert.equal(shortenText('  Talks  now\nfail. ', { max: 40 }), 'Talks now fail.');
    assert.equal(shortenText('Talks now fail.', { words: 3 }), 'Talks now fail.');
  });

  test('cuts at a word and drops trailing punctuation before the ellipsis', () => {
    assert.equal(shortenText('Talks would pause, not end, the war in Ukraine.', { max: 20 }), 'Talks would pause…');
    assert.equal(shortenText('Talks would pause, not end, the war.', { words: 3 }), 'Talks would pause…');
  });

  test('never exceeds the limit, the ellipsis counted', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
    for (let max = 5; max < text.length; max++) {
      assert.ok(shortenText(text, { max }).length <= max, String(max));
      assert.ok(shortenText(text, { max, ellipsis: ' …' }).length <= max, String(max));
    }
  });

  test('keeps the first words, cutting only whole words', () => {
    assert.equal(shortenText('one two three four five', { words: 2 }), 'one two…');
    assert.equal(shortenText('one two three four five', { words: 4, max: 12 }), 'one two…');
  });

  test('cuts inside a single overlong word rather than returning nothing', () => {
    assert.equal(shortenText('Supercalifragilistic', { max: 8 }), 'Superca…');
  });

  test('marks a cut quotation with a spaced ellipsis, about 110 characters kept', () => {
    const long = `${'word '.repeat(40)}end`;
    const cut = shortenText(long, QUOTATION_CUT);
    assert.ok(cut.endsWith('word …') && cut.length <= QUOTATION_CUT.max, cut);
    assert.ok(long.startsWith(cut.slice(0, -2)), cut);
    assert.equal(shortenText('Short words.', QUOTATION_CUT), 'Short words.');
  });

  test('asks for a limit', () => {
    assert.throws(() => shortenText('text', {}), /give max/);
  });
});
