import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRelationId, relationId, RelationSchema } from '../../../src/schemas/relation.ts';

describe('parseRelationId', () => {
  test('takes a relation id apart, an undercut\'s nested target whole', () => {
    assert.deepEqual(parseRelationId('a-b--supports--c'), { from: 'a-b', type: 'supports', to: 'c' });
    assert.deepEqual(parseRelationId('x--undercuts--a--supports--c'), { from: 'x', type: 'undercuts', to: 'a--supports--c' });
  });

  test('is the inverse of relationId', () => {
    const relation = { from: 'greene-regime', type: 'rebuts' as const, to: 'evans-paranoia' };
    assert.deepEqual(parseRelationId(relationId(relation)), relation);
  });
});

describe('RelationSchema', () => {
  test('accepts nested relation ids and refuses a double hyphen inside a claim id', () => {
    const id = RelationSchema.shape.id;
    assert.ok(id.safeParse('x--undercuts--a--supports--c').success);
    assert.ok(!id.safeParse('a--b').success);
    assert.ok(!id.safeParse('a--supports--B').success);
  });
});
