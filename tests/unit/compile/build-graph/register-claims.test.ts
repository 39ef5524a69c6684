import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphState } from '../../../../src/compile/build-graph/graph-state.ts';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { QUESTION, claim, essay } from '../../../helpers/extract-steps.ts';
import { registerClaims } from '../../../../src/compile/build-graph/register-claims.ts';

describe('registerClaims', () => {
  test('registers claims by id and refuses a duplicate, naming the first', () => {
    const state = createGraphState(QUESTION, []);
    registerClaims(state, [essay('delta', [claim('a', 'reason', 2)]), essay('echo', [claim('a', 'reason', 5, 'echo')])]);
    assert.equal(state.claimsById.get('a')?.essay, 'delta');
    assert.deepEqual(state.problems.map(formatProblem), [
      'content/essays/echo.md:5:1: error: duplicate claim id "a": first used at content/essays/delta.md:2:1; give this claim an id of its own',
    ]);
    assert.ok(state.rejected.has('a'));
  });

  test('refuses the question\'s id, a reserved id and a heading\'s slug', () => {
    const state = createGraphState(QUESTION, []);
    const slugs = [{ id: 'background', place: { file: 'content/essays/delta.md', line: 9, column: 1 } }];
    registerClaims(state, [essay('delta', [claim('question'), claim('comments'), claim('background')], [], { slugs })]);
    assert.equal(state.claimsById.size, 0);
    assert.equal(state.problems.length, 3);
    assert.match(state.problems[2]!.message, /the id the heading at content\/essays\/delta.md:9:1 gets on the page/);
  });

  test('rejects the ids an essay marked broken', () => {
    const state = createGraphState(QUESTION, []);
    registerClaims(state, [essay('delta', [], [], { broken: ['b'] })]);
    assert.ok(state.rejected.has('b'));
  });
});
