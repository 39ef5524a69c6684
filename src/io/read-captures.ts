import { readFileSync } from 'node:fs';
import { CAPTURE_LINE_KINDS, CapturesFileSchema, type Capture } from '../schemas/capture.ts';
import { contentFile } from './content-dir.ts';

/** The records read, or every problem with the file, each at its line. */
export type CapturesRead =
  | { /** Valid (or absent: no records). */ ok: true; /** The records. */ captures: Capture[] }
  | { /** Invalid. */ ok: false; /** What is wrong, at which line of the file. */ problems: Array<{ line: number; column: number; message: string }> };

/**
 * Parses the text of `captures.json`. Never throws: a problem names its line (found by the value's
 * text, since JSON.parse keeps no positions) and says what to write instead.
 */
export function parseCaptures(text: string): CapturesRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const at = /position (\d+)/.exec((cause as Error).message);
    const offset = at ? Number(at[1]) : 0;
    const before = text.slice(0, offset);
    return { ok: false, problems: [{ line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), message: `captures.json is not valid JSON: ${(cause as Error).message}` }] };
  }
  const parsed = CapturesFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, captures: parsed.data.captures };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      let value: unknown = json;
      for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
      const last = issue.path.at(-1);
      const needle = typeof last === 'string' && value !== undefined ? `"${last}": ${JSON.stringify(value)}` : undefined;
      const index = needle ? text.indexOf(needle) : -1;
      const before = text.slice(0, Math.max(0, index));
      const field = issue.path.map(String).join('.');
      const message =
        last === 'as' && issue.code === 'invalid_value'
          ? `captures.json ${field}: "as": ${JSON.stringify(value)} is not a kind of capture line: use one of ${CAPTURE_LINE_KINDS.map((kind) => `"${kind}"`).join(', ')} (chrome: removed; metadata: moved to the frontmatter; split: cut into parts)`
          : `captures.json ${field}: ${issue.message}`;
      return { line: index === -1 ? 1 : before.split('\n').length, column: index === -1 ? 1 : index - before.lastIndexOf('\n'), message };
    }),
  };
}

/**
 * Reads `$CONTENT_DIR/captures.json` for the pages; an empty list when the content has none. The graph
 * step has already reported any problem with it, so an invalid file throws here.
 */
export function readCaptures(file = contentFile('captures.json')): Capture[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const read = parseCaptures(text);
  if (read.ok) return read.captures;
  throw new Error(`${file} is not valid: ${read.problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}; run "npm run build:graph"`);
}
