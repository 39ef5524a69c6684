import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { error, formatProblem, sortProblems, warning } from '../../../src/compile/problem.ts';

describe('formatProblem', () => {
  test('prints file:line:column: severity: message, as compilers do', () => {
    assert.equal(formatProblem(error({ file: 'content/essays/a.md', line: 3, column: 7 }, 'what to do')), 'content/essays/a.md:3:7: error: what to do');
    assert.equal(formatProblem(warning({ file: 'b.md', line: 1, column: 1 }, 'note')), 'b.md:1:1: warning: note');
  });
});

describe('sortProblems', () => {
  test('orders by file, then line, then column, numerically', () => {
    const problems = [
      error({ file: 'b.md', line: 1, column: 1 }, 'b1'),
      error({ file: 'a.md', line: 10, column: 1 }, 'a10'),
      error({ file: 'a.md', line: 9, column: 12 }, 'a9:12'),
      error({ file: 'a.md', line: 9, column: 2 }, 'a9:2'),
    ];
    assert.deepEqual(sortProblems(problems).map((problem) => problem.message), ['a9:2', 'a9:12', 'a10', 'b1']);
  });
});
