import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { authorName, invertedName } from '../../../src/words/author-name.ts';

describe('authorName', () => {
  test('splits a personal name at the last word', () => {
    const name = authorName({ author: 'Frederick W. Kagan', authorBasis: 'byline' });
    assert.equal(invertedName(name), 'Kagan, Frederick W.');
    assert.equal(name.attributed, false);
  });

  test('keeps a pen name whole, as the author note says it is one', () => {
    const name = authorName({ author: 'Democracy Abroad', authorBasis: 'byline', authorNote: 'A pen name; no person is named.' });
    assert.equal(invertedName(name), 'Democracy Abroad');
  });

  test('records an attribution', () => {
    assert.equal(authorName({ author: 'Samuel A. Greene', authorBasis: 'attributed' }).attributed, true);
  });
});
