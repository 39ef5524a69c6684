import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphState } from '../../../../src/compile/build-graph/graph-state.ts';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { QUESTION, claim, essay, relation } from '../../../helpers/extract-steps.ts';
import { registerClaims } from '../../../../src/compile/build-graph/register-claims.ts';
import { checkRelations } from '../../../../src/compile/build-graph/check-relations.ts';

const stateWith = (...essays: ReturnType<typeof essay>[]) => {
  const state = createGraphState(QUESTION, []);
  registerClaims(state, essays);
  return state;
};

describe('checkRelations', () => {
  test('accepts sound relations and refuses an unknown end, with a suggestion', () => {
    const state = stateWith(essay('delta', [claim('delta-thesis', 'thesis'), claim('delta-words')]));
    checkRelations(state, [relation('delta-thesis', 'rebuts', 'question'), relation('delta-words', 'supports', 'delta-theses', 3)]);
    assert.deepEqual(state.relations.map((one) => one.from), ['delta-thesis']);
    assert.deepEqual(state.problems.map(formatProblem), ['content/essays/delta.md:3:1: error: supports names unknown claim "delta-theses": did you mean "delta-thesis"?']);
  });

  test('refuses a relation to itself, a non-thesis answering the question and a cross-essay relation without a note', () => {
    const state = stateWith(essay('delta', [claim('a'), claim('b')]), essay('echo', [claim('c', 'reason', 1, 'echo')]));
    checkRelations(state, [relation('a', 'supports', 'a'), relation('b', 'supports', 'question'), relation('a', 'rebuts', 'c'), relation('b', 'rebuts', 'c', 1, 'Because.')]);
    assert.deepEqual(state.relations.map((one) => `${one.from}>${one.to}`), ['b>c']);
    assert.equal(state.problems.length, 3);
  });

  test('skips, without a message, a relation naming a rejected claim, and marks its source unchecked', () => {
    const state = stateWith(essay('delta', [claim('a')], [], { broken: ['b'] }));
    checkRelations(state, [relation('a', 'supports', 'b')]);
    assert.deepEqual(state.problems, []);
    assert.ok(state.unchecked.has('a'));
  });
});
