import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { essay, relation } from '../../../helpers/extract-steps.ts';
import { duplicateRelation } from '../../../../src/compile/build-graph/duplicate-relation.ts';
import type { ExtractedRelation } from '../../../../src/compile/extract/extracted-essay.ts';

describe('duplicateRelation', () => {
  test('remembers the first relation between two ends and refuses the same one again', () => {
    const seen = new Map<string, ExtractedRelation>();
    assert.equal(duplicateRelation(seen, relation('a', 'supports', 'b', 2)), undefined);
    assert.equal(
      duplicateRelation(seen, relation('a', 'supports', 'b', 4))?.message,
      'relation "a" supports "b" is declared twice (first at content/essays/delta.md:2:1): keep one',
    );
  });

  test('refuses a second type between the same ends', () => {
    const seen = new Map<string, ExtractedRelation>();
    duplicateRelation(seen, relation('a', 'supports', 'b', 2));
    assert.match(duplicateRelation(seen, relation('a', 'rebuts', 'b', 4))?.message ?? '', /^"a" both supports \(at content\/essays\/delta.md:2:1\) and rebuts "b"/);
  });
});
