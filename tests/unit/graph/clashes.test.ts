import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimClashes, crossEssayClashes, groupClashes } from '../../../src/graph/clashes.ts';
import type { Graph } from '../../../src/schemas/graph.ts';
import { claim, smallGraph } from '../../helpers/graph-fixture.ts';

/** smallGraph plus d (essay f) supporting c, and e (essay e) undercutting that support. */
function graph(): Graph {
  const base = smallGraph([claim('a', 1), claim('b', 2), claim('e', 3), claim('c', 1, 'f'), claim('d', 2, 'f')]);
  return {
    ...base,
    relations: [
      ...base.relations,
      { id: 'd--supports--c', from: 'd', to: 'c', type: 'supports' },
      { id: 'e--undercuts--d--supports--c', from: 'e', to: 'd--supports--c', type: 'undercuts', note: 'Our note on e.' },
    ],
  };
}
const file = (questions: Array<{ id: string; question: string; relations?: string[]; claims?: string[] }>) => ({
  questions: questions.map((question) => ({ relations: [], claims: [], ...question })),
});

describe('crossEssayClashes', () => {
  test('lists rebuttals across essays and undercuts of another essay’s relation, not supports or same-essay ones', () => {
    const clashes = crossEssayClashes(graph());
    assert.deepEqual(clashes.map((clash) => clash.id), ['c--rebuts--a', 'e--undercuts--d--supports--c']);
    const undercut = clashes[1]!;
    assert.equal(undercut.to.id, 'd');
    assert.equal(undercut.undercutTarget?.id, 'c');
    assert.equal(undercut.url, '/clashes/e--undercuts--d--supports--c/');
  });
});

describe('claimClashes', () => {
  test('finds the clashes a claim is in, on either side', () => {
    assert.deepEqual(claimClashes(graph(), 'a').map((clash) => clash.id), ['c--rebuts--a']);
    assert.deepEqual(claimClashes(graph(), 'd').map((clash) => clash.id), ['e--undercuts--d--supports--c']);
    assert.match(claimClashes(graph(), 'a')[0]!.title, /^f rebuts e: “Words of a\.”$/);
  });

  test('names the claim attacked by our title when it has one, without quotation marks', () => {
    const titled = graph();
    titled.claims = titled.claims.map((item) => (item.id === 'a' ? { ...item, title: 'A holds' } : item));
    assert.equal(claimClashes(titled, 'a')[0]!.title, 'f rebuts e: A holds');
  });
});

describe('groupClashes', () => {
  test('files a clash by relation id first, then by claim, and puts the rest under “Other clashes”', () => {
    const g = graph();
    const { groups, problems } = groupClashes(g, crossEssayClashes(g), file([
      { id: 'one', question: 'One?', claims: ['a'] },
      { id: 'two', question: 'Two?', relations: ['c--rebuts--a'] },
    ]));
    assert.deepEqual(problems, []);
    assert.deepEqual(groups.map((group) => [group.question?.id, group.clashes.map((clash) => clash.id)]), [
      ['one', []],
      ['two', ['c--rebuts--a']],
      [undefined, ['e--undercuts--d--supports--c']],
    ]);
  });

  test('rejects an unknown relation id with a did-you-mean, a relation that is no clash, and an unknown claim', () => {
    const g = graph();
    const { problems } = groupClashes(g, crossEssayClashes(g), file([
      { id: 'one', question: 'One?', relations: ['c--rebuts--b', 'b--supports--a'], claims: ['zz-unknown'] },
    ]));
    assert.deepEqual(problems.map((problem) => problem.path), [['questions', 0, 'relations', 0], ['questions', 0, 'relations', 1], ['questions', 0, 'claims', 0]]);
    assert.match(problems[0]!.message, /not a relation id in the graph; did you mean "c--rebuts--a"\?/);
    assert.match(problems[1]!.message, /is not a rebuttal or undercut across two essays/);
    assert.match(problems[2]!.message, /"zz-unknown" is not a claim id/);
  });

  test('rejects a clash listed twice and a question id used twice', () => {
    const g = graph();
    const { problems } = groupClashes(g, crossEssayClashes(g), file([
      { id: 'one', question: 'One?', relations: ['c--rebuts--a'] },
      { id: 'one', question: 'Again?', relations: ['c--rebuts--a'] },
    ]));
    assert.equal(problems.length, 2);
    assert.match(problems[0]!.message, /question id "one" is used twice/);
    assert.match(problems[1]!.message, /already filed under question 1/);
  });
});
