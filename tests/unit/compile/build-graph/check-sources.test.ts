import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '../../../../src/compile/problem.ts';
import { essay } from '../../../helpers/extract-steps.ts';
import { checkSources } from '../../../../src/compile/build-graph/check-sources.ts';

const FRONTMATTER = { title: 'D', author: 'A', authorBasis: 'byline', outlet: 'O', published: '2022-01-01', publishedInferred: false, publishedOutside: false, stance: 'for', summary: 'S' } as const;

describe('checkSources', () => {
  test('reports a source that is not a capture, at the field, suggesting the nearest', () => {
    const delta = essay('delta', [], [], { frontmatter: { ...FRONTMATTER, sources: ['delta.tx'] }, fields: { sources: { file: 'content/essays/delta.md', line: 8, column: 1 } } });
    assert.deepEqual(checkSources([delta], ['delta.txt']).map(formatProblem), [
      'content/essays/delta.md:8:1: error: frontmatter field "sources": "delta.tx" is not a capture in sources/: did you mean "delta.txt"?',
    ]);
  });

  test('accepts sources that are captures', () => {
    assert.deepEqual(checkSources([essay('delta', [], [], { frontmatter: { ...FRONTMATTER, sources: ['delta.txt'] } })], ['delta.txt']), []);
  });
});
