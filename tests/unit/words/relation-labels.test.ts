import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RELATION_DIRECTIONS } from '../../../src/graph/claim-relations.ts';
import { RELATION_TYPES } from '../../../src/schemas/relation.ts';
import { DIRECTION_LABELS, incomingDirection } from '../../../src/words/relation-labels.ts';

describe('DIRECTION_LABELS', () => {
  test('labels every direction claimRelations gives, each differently', () => {
    assert.deepEqual(Object.keys(DIRECTION_LABELS).sort(), [...RELATION_DIRECTIONS].sort());
    assert.equal(new Set(Object.values(DIRECTION_LABELS)).size, RELATION_DIRECTIONS.length);
    assert.equal(DIRECTION_LABELS['undercut-by'], 'Undercut by');
  });
});

describe('incomingDirection', () => {
  test('reads each relation type from its other end, as a labelled direction', () => {
    assert.deepEqual(RELATION_TYPES.map(incomingDirection), ['supported-by', 'rebutted-by', 'undercut-by']);
  });
});
