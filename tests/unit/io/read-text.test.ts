import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/io/read-text.ts';

describe('decodeText', () => {
  test('reads valid UTF-8 as it is', () => {
    assert.deepEqual(decodeText(Buffer.from('Ukraine’s “red lines” 🇺🇦\n', 'utf8')), { ok: true, text: 'Ukraine’s “red lines” 🇺🇦\n' });
  });

  test('places the first bad byte at the line and column the Markdown parser would give the character there', () => {
    const before = 'line one\n🇺🇦 flag, then ';
    const bytes = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xff]), Buffer.from(' rest', 'utf8')]);
    const read = decodeText(bytes);
    assert.equal(read.ok, false);
    if (read.ok) return;
    // The flag is two code points, four UTF-16 units: the parser's column 17, not 15.
    assert.deepEqual({ line: read.line, column: read.column }, { line: 2, column: 17 });
    assert.match(read.message, new RegExp(`byte 0xFF at byte offset ${Buffer.byteLength(before)} `));
  });

  test('refuses a byte-order mark at line 1, column 1', () => {
    const read = decodeText(Buffer.from('\uFEFF# Title\n', 'utf8'));
    assert.deepEqual(read.ok ? undefined : [read.line, read.column], [1, 1]);
  });
});
