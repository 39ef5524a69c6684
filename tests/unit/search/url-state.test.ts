import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paramsOfState, stateFromParams } from '../../../src/search/url-state.ts';

const allowed = { essay: ['call-putin-out'], kind: ['reader', 'thesis'] };

describe('stateFromParams', () => {
  test('reads the query and the filters it knows', () => {
    assert.deepEqual(stateFromParams(new URLSearchParams('q=+regime+security+&kind=reader'), allowed), { query: 'regime security', filters: { kind: 'reader' } });
  });
  test('drops a filter value the page does not offer', () => {
    assert.deepEqual(stateFromParams(new URLSearchParams('kind=nope&essay=call-putin-out&other=x'), allowed), { query: '', filters: { essay: 'call-putin-out' } });
  });
});

describe('paramsOfState', () => {
  test('writes q first, then the filters, and nothing for an empty state', () => {
    assert.equal(paramsOfState({ query: 'freeze the lines', filters: { kind: 'thesis' } }), 'q=freeze+the+lines&kind=thesis');
    assert.equal(paramsOfState({ query: '', filters: {} }), '');
  });
  test('round-trips through stateFromParams', () => {
    const state = { query: 'Putin’s “red lines” & more', filters: { essay: 'call-putin-out' } };
    assert.deepEqual(stateFromParams(new URLSearchParams(paramsOfState(state)), allowed), state);
  });
});
