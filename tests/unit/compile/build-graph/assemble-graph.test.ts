import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { QUESTION, claim, essay, relation } from '../../../helpers/extract-steps.ts';
import { assembleGraph } from '../../../../src/compile/build-graph/assemble-graph.ts';
import type { Essay } from '../../../../src/schemas/essay.ts';
import { GraphSchema } from '../../../../src/schemas/graph.ts';

const frontmatter = (published: string): Essay => ({ title: 'T', author: 'A', authorBasis: 'byline', outlet: 'O', published, publishedInferred: false, publishedOutside: false, stance: 'for', sources: ['a.txt'], summary: 'S' });

describe('assembleGraph', () => {
  test('orders essays by date, numbers claims per essay and gives every relation its id', () => {
    const later = essay('later', [claim('l', 'thesis', 1, 'later')], [], { frontmatter: frontmatter('2023-01-01') });
    const earlier = essay('earlier', [claim('e', 'thesis', 1, 'earlier'), claim('f', 'reason', 2, 'earlier')], [], { frontmatter: frontmatter('2022-01-01') });
    const graph = GraphSchema.parse(assembleGraph(QUESTION, [later, earlier], [relation('f', 'supports', 'e')]));
    assert.deepEqual(graph.essays.map((one) => one.id), ['earlier', 'later']);
    assert.deepEqual(graph.claims.map((one) => `${one.id}:${one.n}:${one.url}`), ['e:1:/claims/e/', 'f:2:/claims/f/', 'l:1:/claims/l/']);
    assert.deepEqual(graph.relations.map((one) => one.id), ['f--supports--e']);
  });
});
