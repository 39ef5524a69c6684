import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractContext } from '../../../../src/compile/extract/create-extract-context.ts';

describe('createExtractContext', () => {
  test('takes the essay id from the file name', () => {
    assert.equal(createExtractContext('content/essays/call-putin-out.md', '').result.id, 'call-putin-out');
  });

  test('places offsets and lines in the file, 1-based', () => {
    const ctx = createExtractContext('a.md', 'one\ntwo\nthree');
    assert.deepEqual(ctx.placeOf(0), { file: 'a.md', line: 1, column: 1 });
    assert.deepEqual(ctx.placeOf(5), { file: 'a.md', line: 2, column: 2 });
    assert.equal(ctx.lineOffset(3), 8);
    assert.deepEqual(ctx.at(undefined), { file: 'a.md', line: 1, column: 1 });
  });

  test('returns what was reported as problems, errors unless marked warnings', () => {
    const ctx = createExtractContext('a.md', 'text');
    ctx.report({ file: 'a.md', line: 2, column: 3 }, 'bad');
    ctx.report({ file: 'a.md', line: 1, column: 1 }, 'odd', 'warning');
    assert.deepEqual(ctx.finish().problems, [
      { severity: 'error', file: 'a.md', line: 2, column: 3, message: 'bad' },
      { severity: 'warning', file: 'a.md', line: 1, column: 1, message: 'odd' },
    ]);
  });
});
