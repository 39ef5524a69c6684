import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** One line of a capture that is not essay body text. */
export const CaptureLineSchema = z.object({
  /** The line as captured. */
  text: z.string(),
  /** `chrome`: removed; `metadata`: moved to the frontmatter; `split`: cut into parts. */
  as: z.enum(['chrome', 'metadata', 'split']),
  /** Our words: why. */
  why: z.string().optional(),
  /** For `split`: the parts kept. */
  into: z.array(z.string()).optional(),
  /** For `split`: the parts dropped. */
  dropped: z.array(z.string()).optional(),
});

/** One capture file and what became of it (`content/captures.json`, written by the editors). */
export const CaptureSchema = z.object({
  /** File name in `content/sources/`. */
  file: z.string(),
  /** The essay it became. */
  essay: z.string(),
  /** Our words: what the capture holds. */
  summary: z.string().optional(),
  /** Its lines that are not body text. */
  lines: z.array(CaptureLineSchema).default([]),
});

/** A capture record. */
export type Capture = z.output<typeof CaptureSchema>;

/** Reads `$CONTENT_DIR/captures.json`; an empty list when the content has none. */
export function readCaptures(): Capture[] {
  const file = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content', 'captures.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    return z.object({ captures: z.array(CaptureSchema) }).parse(JSON.parse(text)).captures;
  } catch (cause) {
    throw new Error(`${file} is not valid`, { cause });
  }
}
