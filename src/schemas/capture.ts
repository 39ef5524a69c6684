import { z } from 'zod';

/** What became of a capture line that is not essay body text. */
export const CAPTURE_LINE_KINDS = ['chrome', 'metadata', 'split'] as const;

/** One line of a capture that is not essay body text. */
export const CaptureLineSchema = z.object({
  /** The line as captured. */
  text: z.string(),
  /** `chrome`: removed; `metadata`: moved to the frontmatter; `split`: cut into parts. */
  as: z.enum(CAPTURE_LINE_KINDS),
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

/** `content/captures.json`. */
export const CapturesFileSchema = z.object({
  /** One record per capture. */
  captures: z.array(CaptureSchema),
});

/** A capture record. */
export type Capture = z.output<typeof CaptureSchema>;

