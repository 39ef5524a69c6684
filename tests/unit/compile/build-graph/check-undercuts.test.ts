import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphState } from '../../../../src/compile/build-graph/graph-state.ts';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { QUESTION, claim, essay, relation } from '../../../helpers/extract-steps.ts';
import { registerClaims } from '../../../../src/compile/build-graph/register-claims.ts';
import { checkRelations } from '../../../../src/compile/build-graph/check-relations.ts';
import { checkUndercuts } from '../../../../src/compile/build-graph/check-undercuts.ts';

const state = () => {
  const s = createGraphState(QUESTION, []);
  registerClaims(s, [essay('delta', [claim('a'), claim('b'), claim('c')])]);
  checkRelations(s, [relation('a', 'supports', 'b')]);
  return s;
};

describe('checkUndercuts', () => {
  test('accepts an undercut of a relation, and refuses one of that undercut', () => {
    const s = state();
    checkUndercuts(s, [relation('b', 'undercuts', 'c--undercuts--a--supports--b', 1, 'n'), relation('c', 'undercuts', 'a--supports--b', 1, 'n')]);
    assert.deepEqual(s.problems.map((problem) => problem.message), [
      '::undercuts targets "c--undercuts--a--supports--b", which is itself an undercut: an undercut denies that a claim bears on another, so it targets a supports or rebuts relation; to answer the undercutting claim "c", rebut it (rebuts="c") or undercut the relation it rests on',
    ]);
    assert.equal(s.relations.length, 2);
  });

  test('refuses an undercut of a claim, pointing at a relation to it', () => {
    const s = state();
    checkUndercuts(s, [relation('c', 'undercuts', 'b', 4, 'n')]);
    assert.deepEqual(s.problems.map(formatProblem), [
      'content/essays/delta.md:4:1: error: undercuts names unknown relation "b": "b" is a claim; an undercut targets a relation, written <from>--<type>--<to>, e.g. "a--supports--b"',
    ]);
  });

  test('refuses a claim undercutting its own relation, and one declared twice', () => {
    const s = state();
    checkUndercuts(s, [relation('a', 'undercuts', 'a--supports--b', 1, 'n'), relation('c', 'undercuts', 'a--supports--b', 2, 'n'), relation('c', 'undercuts', 'a--supports--b', 3, 'n')]);
    assert.equal(s.problems.length, 2);
    assert.match(s.problems[0]!.message, /undercuts its own relation/);
    assert.match(s.problems[1]!.message, /is declared twice/);
  });
});
