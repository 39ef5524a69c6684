import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KEBAB_ID, essayIdOfFile } from '../../../src/schemas/kebab-id.ts';

describe('KEBAB_ID', () => {
  test('takes lower-case letters and digits joined by single hyphens, nothing else', () => {
    assert.deepEqual(['greene-regime-security', 'a1', 'x'].map((id) => KEBAB_ID.test(id)), [true, true, true]);
    assert.deepEqual(['Greene', 'a--b', '-a', 'a-', 'a_b', ''].map((id) => KEBAB_ID.test(id)), [false, false, false, false, false, false]);
  });
});

describe('essayIdOfFile', () => {
  test('is the file name without .md, from a relative, absolute or Windows path', () => {
    assert.deepEqual(
      ['content/essays/why-putin-fights.md', '/srv/site/content/essays/call-putin-out.md', 'C:\\course\\essays\\my-essay.md', 'folly-of-negotiating.md'].map(essayIdOfFile),
      ['why-putin-fights', 'call-putin-out', 'my-essay', 'folly-of-negotiating'],
    );
  });

  test('takes off only a final .md', () => {
    assert.equal(essayIdOfFile('essays/notes.md.bak'), 'notes.md.bak');
    assert.equal(essayIdOfFile('essays/readme'), 'readme');
  });
});
