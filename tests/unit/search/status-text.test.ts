import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText } from '../../../src/search/status-text.ts';

describe('statusText', () => {
  test('counts the results for the query', () => {
    assert.equal(statusText({ count: 12, query: 'regime security', filtered: false, unknown: [] }), '12 results for “regime security”.');
    assert.equal(statusText({ count: 1, query: 'Suez', filtered: true, unknown: [] }), '1 result for “Suez” with the chosen filters.');
    assert.equal(statusText({ count: 0, query: '', filtered: true, unknown: [] }), 'No results with the chosen filters.');
  });

  test('says once which corrected query the results are for', () => {
    const text = statusText({ count: 9, query: 'negotations', filtered: false, unknown: ['negotations'], suggestion: 'negotiations' });
    assert.equal(text, 'Showing results for “negotiations”: 9 results. No essay has the word “negotations”.');
    assert.equal(text.split('negotiations”').length, 2);
  });

  test('names the words left out', () => {
    assert.equal(statusText({ count: 0, query: 'Minsk', filtered: false, unknown: ['minsk'] }), 'No results for “Minsk”. No essay has the word “minsk”.');
    assert.equal(statusText({ count: 3, query: 'Minsk talks', filtered: false, unknown: ['minsk'] }), '3 results for “Minsk talks”. No essay has the word “minsk”, so it was left out.');
  });
});
