import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimRelations } from '../../../src/graph/claim-relations.ts';
import { splitContext } from '../../../src/words/split-context.ts';
import { smallGraph } from '../../helpers/graph-fixture.ts';

describe('claimRelations', () => {
  test('lists relations both ways, outgoing first, with the other claim, its essay and our note', () => {
    const relations = claimRelations(smallGraph(), 'a');
    assert.deepEqual(relations.map((relation) => [relation.direction, relation.other?.id ?? 'question', relation.crossEssay, relation.note]), [
      ['rebuts', 'question', false, undefined],
      ['supported-by', 'b', false, undefined],
      ['rebutted-by', 'c', true, 'Our note on c.'],
    ]);
    assert.equal(relations[2]!.otherEssay?.author, 'Author f');
    assert.deepEqual(claimRelations(smallGraph(), 'c').map((relation) => [relation.direction, relation.other?.id]), [['rebuts', 'a']]);
  });
});

describe('splitContext', () => {
  test('finds the claim in its paragraph, even when whitespace differs', () => {
    assert.deepEqual(splitContext('Before. The claim. After.', 'The claim.'), { before: 'Before. ', claim: 'The claim.', after: ' After.' });
    assert.deepEqual(splitContext('Before. The\n claim. After.', 'The claim.'), { before: 'Before. ', claim: 'The\n claim.', after: ' After.' });
    assert.deepEqual(splitContext('Nothing here.', 'Absent (words).'), { before: '', claim: '', after: 'Nothing here.' });
  });
});
