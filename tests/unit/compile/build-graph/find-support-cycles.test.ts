import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { claim, relation } from '../../../helpers/extract-steps.ts';
import { findSupportCycles } from '../../../../src/compile/build-graph/find-support-cycles.ts';

describe('findSupportCycles', () => {
  test('reports a cycle of supports once, with its path', () => {
    const problems = findSupportCycles([relation('a', 'supports', 'b'), relation('b', 'supports', 'c'), relation('c', 'supports', 'a', 7)]);
    assert.deepEqual(problems.map(formatProblem), [
      'content/essays/delta.md:7:1: error: supports-cycle: a -> b -> c -> a: a claim cannot support itself through others; remove or reverse one of these relations',
    ]);
  });

  test('lets rebuttals run in a circle', () => {
    assert.deepEqual(findSupportCycles([relation('a', 'rebuts', 'b'), relation('b', 'rebuts', 'a')]), []);
  });
});
