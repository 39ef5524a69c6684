import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphState } from '../../../../src/compile/build-graph/graph-state.ts';
import { QUESTION } from '../../../helpers/extract-steps.ts';

describe('createGraphState', () => {
  test('starts from the essays\' own problems, with nothing registered', () => {
    const problem = { severity: 'error' as const, file: 'a.md', line: 1, column: 1, message: 'x' };
    const state = createGraphState(QUESTION, [problem]);
    assert.deepEqual(state.problems, [problem]);
    assert.equal(state.claimsById.size + state.rejected.size + state.relations.length, 0);
  });
});
