import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chipText, shortNames } from '../../../../src/map/picture/picture-words.ts';
import { claim } from '../../../helpers/graph-fixture.ts';

const essay = (id: string, author: string, authorNote?: string) => ({ id, author, authorBasis: 'byline' as const, ...(authorNote ? { authorNote } : {}) });

describe('shortNames', () => {
  test('names an author by family name, a pen name whole, and both in full when they share a family name', () => {
    const names = shortNames([essay('a', 'Frederick W. Kagan'), essay('b', 'Democracy Abroad', 'A pen name.'), essay('c', 'Ann Smith'), essay('d', 'Bo Smith')]);
    assert.deepEqual([...names.values()], ['Kagan', 'Democracy Abroad', 'Ann Smith', 'Bo Smith']);
  });
});

describe('chipText', () => {
  const names = new Map([['e', 'Evans'], ['f', 'Kagan']]);
  const relation = { id: 'x--rebuts--y', from: 'x', to: 'y', type: 'rebuts' as const, note: 'Ours.' };
  test('reads the relation from the box the chip is on', () => {
    assert.equal(chipText(relation, 'y', claim('x', 1, 'f'), names), 'Rebutted by Kagan');
    assert.equal(chipText(relation, 'x', claim('y', 1, 'e'), names), 'Rebuts Evans');
  });
});
