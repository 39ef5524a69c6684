import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimLabel } from '../../../src/words/claim-label.ts';

describe('claimLabel', () => {
  test('names a claim by its title, marked as ours', () => {
    assert.deepEqual(claimLabel({ text: 'Talks would, in the end, only pause the war for a while.', title: 'Talks would only pause the war' }), {
      text: 'Talks would only pause the war',
      ours: true,
    });
  });

  test('falls back to the claim’s opening words, not marked as ours, when it has no title', () => {
    const label = claimLabel({ text: 'Sanctions are increasing the pace of that exhaustion, and the West should hold its course until Moscow sees it.' });
    assert.equal(label.ours, false);
    assert.ok(label.text.length <= 60, label.text);
    assert.ok(label.text.startsWith('Sanctions are increasing'), label.text);
    assert.ok(label.text.endsWith('…'), label.text);
  });
});
