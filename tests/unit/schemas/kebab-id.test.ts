import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KEBAB_ID } from '../../../src/schemas/kebab-id.ts';

describe('KEBAB_ID', () => {
  test('takes lower-case letters and digits joined by single hyphens, nothing else', () => {
    assert.deepEqual(['greene-regime-security', 'a1', 'x'].map((id) => KEBAB_ID.test(id)), [true, true, true]);
    assert.deepEqual(['Greene', 'a--b', '-a', 'a-', 'a_b', ''].map((id) => KEBAB_ID.test(id)), [false, false, false, false, false, false]);
  });
});
