import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_KINDS } from '../../../src/schemas/claim.ts';
import { entryKindLabel, KIND_LABELS } from '../../../src/words/kind-labels.ts';
import { capitalise } from '../../../src/words/capitalise.ts';

describe('entryKindLabel', () => {
  test('names every claim kind and a whole essay apart: each label a capitalised word or two, no two alike', () => {
    const labels = [...CLAIM_KINDS, 'essay' as const].map(entryKindLabel);
    for (const label of labels) assert.match(label, /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?$/u, label);
    assert.equal(new Set(labels.map((label) => label.toLowerCase())).size, labels.length);
  });

  test('is what search results and filters show: "Whole essay" for an essay, "Reported view" for a view the essay answers', () => {
    assert.equal(entryKindLabel('essay'), 'Whole essay');
    assert.equal(entryKindLabel('reported'), 'Reported view');
    assert.equal(entryKindLabel('reader'), 'Reader comment');
  });
});

describe('KIND_LABELS', () => {
  test('gives each kind a long label that says more than its short one and starts from it or explains it', () => {
    for (const kind of CLAIM_KINDS) {
      const { short, long } = KIND_LABELS[kind];
      assert.ok(long.length > short.length, kind);
      assert.doesNotMatch(long, /[.\s]$/, `${kind}: a label, not a sentence`);
    }
  });
});

describe('capitalise', () => {
  test('upper-cases the first letter only', () => {
    assert.equal(capitalise('for talks to forestall an invasion'), 'For talks to forestall an invasion');
    assert.equal(capitalise(''), '');
  });
});
