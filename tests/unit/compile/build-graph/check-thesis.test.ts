import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphState } from '../../../../src/compile/build-graph/graph-state.ts';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { QUESTION, claim, essay } from '../../../helpers/extract-steps.ts';
import { checkThesis } from '../../../../src/compile/build-graph/check-thesis.ts';

describe('checkThesis', () => {
  test('refuses an essay without a thesis, and warns for one with no claims marked yet', () => {
    const state = createGraphState(QUESTION, []);
    checkThesis(state, essay('delta', [claim('a')]));
    checkThesis(state, essay('echo', []));
    assert.deepEqual(state.problems.map(formatProblem), [
      'content/essays/delta.md:1:1: error: essay "delta" has no thesis: mark its central claim with kind=thesis',
      'content/essays/echo.md:1:1: warning: essay "echo" has no claims marked yet: it is published as its text alone, outside the map; mark its thesis with kind=thesis and the claims that bear on it (content/README.md)',
    ]);
  });

  test('refuses a second thesis and a thesis not linked to the question', () => {
    const state = createGraphState(QUESTION, []);
    checkThesis(state, essay('delta', [claim('a', 'thesis', 2), claim('b', 'thesis', 3)]));
    assert.deepEqual(state.problems.map((problem) => problem.line), [3, 2]);
  });
});
