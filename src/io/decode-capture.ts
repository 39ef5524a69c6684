import { analyse } from 'chardet';
import { location } from 'vfile-location';
import { decodeText } from './read-text.ts';
import { codePoint } from '../words/code-point.ts';

/** A capture's bytes as text, or why they cannot be one, with the fix. */
export type DecodedCapture =
  | {
      /** Decoded. */
      ok: true;
      /** The text, as UTF-8 would hold it (no byte-order mark). */
      text: string;
      /** The encoding the bytes were in. */
      encoding: string;
      /** When the bytes were not plain UTF-8: what was converted, to tell the person. */
      note?: string;
    }
  | { /** Refused. */ ok: false; /** What is wrong and what to do. */ message: string; /** 1-based line. */ line: number; /** 1-based column. */ column: number };

// File signatures of what people save by mistake instead of the page's text.
const SIGNATURES: ReadonlyArray<readonly [string, string]> = [
  ['%PDF', 'a PDF'], ['PK\u0003\u0004', 'a zip archive (or a Word or OpenDocument file)'], ['\u0089PNG', 'a PNG image'], ['GIF8', 'a GIF image'],
  ['\u00ff\u00d8\u00ff', 'a JPEG image'], ['{\\rtf', 'an RTF document'], ['\u00d0\u00cf\u0011\u00e0', 'an old Word document'],
];

const SAVE_AS_TEXT = 'open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)';

/** Which byte order of UTF-16 the bytes look like without a BOM (NUL in every other byte of ASCII text). */
function utf16Guess(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = bytes.length / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** The first control character that no text file holds, with its line and column. */
function controlCharacter(text: string): { char: string; line: number; column: number } | undefined {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  if (!match) return undefined;
  const { line, column } = location(text).toPoint(match.index)!;
  return { char: match[0], line, column };
}

/**
 * Decodes a capture for `npm run new-essay`: UTF-8 as it is; a UTF-8 or UTF-16 byte-order mark, UTF-16
 * without one, and Windows-1252 (or another single-byte encoding chardet is sure of) converted, with a
 * note; refused, with the fix: an empty file, a binary one (PDF, image, archive, control characters),
 * or bytes whose encoding cannot be told.
 */
export function decodeCapture(bytes: Buffer): DecodedCapture {
  const refuse = (message: string, line = 1, column = 1): DecodedCapture => ({ ok: false, message, line, column });
  if (bytes.length === 0) return refuse(`the capture is empty (0 bytes): ${SAVE_AS_TEXT}`);
  const head = bytes.subarray(0, 8).toString('latin1');
  const signature = SIGNATURES.find(([magic]) => head.startsWith(magic));
  if (signature) return refuse(`the capture is ${signature[1]}, not text: ${SAVE_AS_TEXT}`);

  let text: string;
  let encoding: string;
  let note: string | undefined;
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const guess16 = bom16 ?? utf16Guess(bytes);
  if (guess16) {
    const body = bom16 ? bytes.subarray(2) : bytes;
    // TextDecoder has no UTF-16BE on every runtime: swap the bytes and read it as LE.
    const le = guess16 === 'utf-16be' ? Buffer.from(body).swap16() : body;
    if (le.length % 2 !== 0) return refuse(`the capture looks like UTF-16 but has an odd number of bytes, so it is cut short: save it again as UTF-8`);
    text = new TextDecoder('utf-16le', { fatal: false }).decode(le);
    encoding = guess16.toUpperCase();
    note = `the capture was ${encoding}${bom16 ? ' with a byte-order mark' : ' (no byte-order mark)'}; it is saved in sources/ as UTF-8, the same characters`;
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = bytes.subarray(3).toString('utf8');
    encoding = 'UTF-8';
    note = 'the capture started with a UTF-8 byte-order mark, which would hide its first line from the parser; it is saved in sources/ without it';
    const strict = decodeText(bytes.subarray(3));
    if (!strict.ok) return refuse(strict.message, strict.line, strict.column);
  } else {
    const strict = decodeText(bytes);
    if (strict.ok) {
      text = strict.text;
      encoding = 'UTF-8';
    } else {
      const best = analyse(bytes).find((candidate) => candidate.name !== 'UTF-8');
      const label = best?.name.toLowerCase();
      const single = label && /^(windows-125\d|iso-8859-\d+)$/.test(label);
      if (!best || !single || best.confidence < 20) {
        return refuse(
          `the capture is not UTF-8 and its encoding cannot be told for sure (${strict.message.replace(/^the file is not valid UTF-8: /, '').replace(/; save the file as UTF-8$/, '')}${best ? `; chardet guesses ${best.name} at ${best.confidence}%` : ''}): open it in a text editor and save it as UTF-8`,
          strict.line,
          strict.column,
        );
      }
      // ISO-8859-1 labels are read as Windows-1252 by every browser (the WHATWG Encoding Standard): so here.
      const decoder = label.startsWith('iso-8859-1') && label === 'iso-8859-1' ? 'windows-1252' : label;
      text = new TextDecoder(decoder).decode(bytes);
      encoding = best.name;
      note = `the capture was not UTF-8: chardet reads it as ${best.name} (${best.confidence}% sure); it is converted and saved in sources/ as UTF-8: check its quotation marks and accented letters against the page`;
    }
  }
  const control = controlCharacter(text);
  if (control) {
    return refuse(`the capture holds a control character (${codePoint(control.char)}) no text file holds, so it is binary or damaged: ${SAVE_AS_TEXT}`, control.line, control.column);
  }
  if (text.trim() === '') return refuse(`the capture holds only blank space: ${SAVE_AS_TEXT}`);
  return { ok: true, text, encoding, ...(note ? { note } : {}) };
}
