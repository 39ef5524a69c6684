import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCapture } from '../../../src/io/decode-capture.ts';

const TEXT = 'Talks now would “reward” aggression. Café owners agree.\nA second line.\n';

describe('decodeCapture', () => {
  test('takes UTF-8 as it is, with no note', () => {
    assert.deepEqual(decodeCapture(Buffer.from(TEXT, 'utf8')), { ok: true, text: TEXT, encoding: 'UTF-8' });
  });

  test('converts UTF-16 with and without a byte-order mark, both byte orders, with a note', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, encoding, bom] of [[Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE', true], [le, 'UTF-16LE', false], [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE', true], [be, 'UTF-16BE', false]] as const) {
      const decoded = decodeCapture(bytes);
      assert.ok(decoded.ok, JSON.stringify(decoded));
      assert.equal(decoded.text, TEXT);
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.note, `the capture was ${encoding}${bom ? ' with a byte-order mark' : ' (no byte-order mark)'}; it is saved in sources/ as UTF-8, the same characters`);
    }
  });

  test('strips a UTF-8 byte-order mark with a note', () => {
    const decoded = decodeCapture(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, TEXT);
    assert.match(decoded.note ?? '', /byte-order mark/);
  });

  test('converts Windows-1252 with a note naming chardet\'s reading', () => {
    const bytes = Buffer.from('Talks now would \x93reward\x94 aggression, and the caf\xe9 owners \x96 all of them \x96 agree with the essay.\n', 'latin1');
    const decoded = decodeCapture(bytes);
    assert.ok(decoded.ok, JSON.stringify(decoded));
    assert.equal(decoded.text, 'Talks now would “reward” aggression, and the café owners – all of them – agree with the essay.\n');
    assert.match(decoded.note ?? '', /^the capture was not UTF-8: chardet reads it as windows-1252 \(\d+% sure\); it is converted and saved in sources\/ as UTF-8/);
  });

  test('refuses an empty, a blank, a binary and a PDF capture, with the fix', () => {
    const refusal = (bytes: Buffer) => {
      const decoded = decodeCapture(bytes);
      assert.equal(decoded.ok, false);
      return decoded.ok ? '' : `${decoded.line}:${decoded.column} ${decoded.message}`;
    };
    const fix = 'open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)';
    assert.equal(refusal(Buffer.alloc(0)), `1:1 the capture is empty (0 bytes): ${fix}`);
    assert.equal(refusal(Buffer.from(' \n\t\n')), `1:1 the capture holds only blank space: ${fix}`);
    assert.equal(refusal(Buffer.from('%PDF-1.7\n...')), `1:1 the capture is a PDF, not text: ${fix}`);
    assert.equal(refusal(Buffer.from([0x50, 0x4b, 3, 4, 0, 0])), `1:1 the capture is a zip archive (or a Word or OpenDocument file), not text: ${fix}`);
    assert.equal(refusal(Buffer.from('Some words\nthen \u0001 a control byte')), `2:6 the capture holds a control character (U+0001) no text file holds, so it is binary or damaged: ${fix}`);
  });
});
