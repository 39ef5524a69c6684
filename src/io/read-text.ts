import { readFile } from 'node:fs/promises';
import { location } from 'vfile-location';

/** A content file read as text, or what stopped it, with where. */
export type TextFile =
  | { /** Read. */ ok: true; /** The text (UTF-8, no byte-order mark). */ text: string }
  | { /** Not read. */ ok: false; /** Why, and what to do. */ message: string; /** 1-based line of the problem (1 when it is the whole file). */ line: number; /** 1-based column. */ column: number };

const ERRNO_ADVICE: Record<string, string> = {
  ENOENT: 'the file does not exist (or is a broken symbolic link): restore it or remove the link',
  ELOOP: 'it is a symbolic link that leads back to itself (a loop): replace the link with the file itself',
  EISDIR: 'it is a folder, not a file: rename the folder, or move it out of this directory',
  EACCES: 'the build may not read it (permission denied): make it readable (chmod a+r)',
  EPERM: 'the build may not read it (operation not permitted): make it readable',
};

/**
 * Reads a content file as UTF-8. Never throws: a file that cannot be read (missing, a folder, a
 * symbolic-link loop), is not valid UTF-8 (named by the byte offset of the first bad byte) or starts
 * with a byte-order mark comes back as a message saying what to do.
 */
export async function readText(path: string): Promise<TextFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    return { ok: false, line: 1, column: 1, message: `cannot read this file: ${ERRNO_ADVICE[code] ?? `${code || (cause as Error).message}`}` };
  }
  return decodeText(bytes);
}

/** Decodes bytes as strict UTF-8 (see `readText`). */
export function decodeText(bytes: Buffer): TextFile {
  const text = bytes.toString('utf8');
  // Valid UTF-8 survives a round trip byte for byte; the first byte that does not is the first bad one.
  const again = Buffer.from(text, 'utf8');
  if (!again.equals(bytes)) {
    let offset = 0;
    while (offset < bytes.length && bytes[offset] === again[offset]) offset++;
    // Back up to the start of the character the mismatch falls in.
    while (offset > 0 && (bytes[offset]! & 0xc0) === 0x80) offset--;
    const before = bytes.subarray(0, offset).toString('utf8');
    // Counted as the Markdown parser counts (vfile-location), so every message about one file agrees.
    const { line, column } = location(before).toPoint(before.length)!;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      column,
      message: `the file is not valid UTF-8: byte 0x${byte} at byte offset ${offset} is not part of a UTF-8 character (it would show as "�"); save the file as UTF-8`,
    };
  }
  if (text.startsWith('\uFEFF')) {
    return { ok: false, line: 1, column: 1, message: 'the file starts with a byte-order mark (U+FEFF), which hides the first line from the parser: save it as UTF-8 without a BOM' };
  }
  return { ok: true, text };
}
