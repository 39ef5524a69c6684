import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphState } from '../../../../src/compile/build-graph/graph-state.ts';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { QUESTION, claim, essay, relation } from '../../../helpers/extract-steps.ts';
import { checkEssays } from '../../../../src/compile/build-graph/check-essays.ts';

describe('checkEssays', () => {
  test('warns about a claim related to nothing, and refuses an essay id the site keeps', () => {
    const state = createGraphState(QUESTION, []);
    state.relations.push(relation('t', 'supports', 'question'));
    checkEssays(state, [essay('all', [claim('t', 'thesis'), claim('lonely', 'reason', 4)])]);
    const lines = state.problems.map(formatProblem);
    assert.ok(lines.includes('content/essays/all.md:1:1: error: essay id "all" is taken by the site\'s own page /map/all/: rename the file (its name is the essay\'s id)'), lines.join('\n'));
    assert.ok(lines.includes('content/essays/delta.md:4:1: warning: claim "lonely" has no relation: say what it supports or rebuts'), lines.join('\n'));
  });
});
