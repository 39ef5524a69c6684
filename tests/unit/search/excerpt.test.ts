import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExcerpt } from '../../../src/search/excerpt.ts';

describe('parseExcerpt', () => {
  test('splits text and marked matches', () => {
    assert.deepEqual(parseExcerpt('fighting for <mark>regime</mark> <mark>security,</mark> and'), [
      { text: 'fighting for ', mark: false },
      { text: 'regime', mark: true },
      { text: ' ', mark: false },
      { text: 'security,', mark: true },
      { text: ' and', mark: false },
    ]);
  });

  test('decodes entities into text', () => {
    assert.deepEqual(parseExcerpt('a &lt;b&gt; &amp; &#39;c&#x27; &quot;d&quot; &amp;amp;'), [
      { text: 'a <b> & \'c\' "d" &amp;', mark: false },
    ]);
  });

  test('keeps a bare ampersand as text', () => {
    assert.deepEqual(parseExcerpt('R&D'), [{ text: 'R&D', mark: false }]);
  });

  test('rejects any tag other than mark', () => {
    assert.equal(parseExcerpt('<img src=x onerror=alert(1)>'), null);
    assert.equal(parseExcerpt('<mark>ok</mark><script>alert(1)</script>'), null);
    assert.equal(parseExcerpt('<mark class="x">a</mark>'), null);
    assert.equal(parseExcerpt('a > b'), null);
  });

  test('rejects unbalanced or nested marks', () => {
    assert.equal(parseExcerpt('<mark>a'), null);
    assert.equal(parseExcerpt('a</mark>'), null);
    assert.equal(parseExcerpt('<mark><mark>a</mark></mark>'), null);
  });

  test('returns no parts for an empty excerpt', () => {
    assert.deepEqual(parseExcerpt(''), []);
  });
});
