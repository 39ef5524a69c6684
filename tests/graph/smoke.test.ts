import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEssay } from '../../src/graph/extract.ts';

test('extractEssay finds a claim', () => {
  const essay = extractEssay('x.md', '---\ntitle: x\n---\n\n:claim[Words.]{#a-b kind=reason}\n');
  assert.deepEqual(essay.claims.map((claim) => claim.id), ['a-b']);
});
