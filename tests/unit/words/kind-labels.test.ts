import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_KINDS } from '../../../src/schemas/claim.ts';
import { entryKindLabel, KIND_LABELS, WHOLE_ESSAY_LABEL } from '../../../src/words/kind-labels.ts';
import { capitalise } from '../../../src/words/capitalise.ts';

describe('entryKindLabel', () => {
  test('gives each claim kind its short label and a whole essay its own', () => {
    assert.deepEqual(CLAIM_KINDS.map(entryKindLabel), CLAIM_KINDS.map((kind) => KIND_LABELS[kind].short));
    assert.equal(entryKindLabel('essay'), WHOLE_ESSAY_LABEL);
    assert.equal(new Set([...CLAIM_KINDS, 'essay' as const].map(entryKindLabel)).size, CLAIM_KINDS.length + 1);
  });
});

describe('capitalise', () => {
  test('upper-cases the first letter only', () => {
    assert.equal(capitalise('for talks to forestall an invasion'), 'For talks to forestall an invasion');
    assert.equal(capitalise(''), '');
  });
});
