import { readFileSync } from 'node:fs';
import { CAPTURE_LINE_KINDS, CapturesFileSchema, type Capture } from '../schemas/capture.ts';
import { contentFile } from './content-dir.ts';
import { parseWithSchema } from '../data-files/parse-with-schema.ts';

/** The records read, or every problem with the file, each at its line. */
export type CapturesRead =
  | { /** Valid (or absent: no records). */ ok: true; /** The records. */ captures: Capture[] }
  | { /** Invalid. */ ok: false; /** What is wrong, at which line of the file. */ problems: Array<{ line: number; column: number; message: string }> };

/**
 * Parses the text of `captures.json`. Never throws: a problem names its line and column and says what to
 * write instead.
 */
export function parseCaptures(text: string): CapturesRead {
  const read = parseWithSchema(text, 'captures.json', CapturesFileSchema, {
    format: 'json',
    what: 'captures.json',
    describe: (issue, value) => {
      const field = issue.path.map(String).join('.');
      return issue.path.at(-1) === 'as' && issue.code === 'invalid_value'
        ? `captures.json ${field}: "as": ${JSON.stringify(value)} is not a kind of capture line: use one of ${CAPTURE_LINE_KINDS.map((kind) => `"${kind}"`).join(', ')} (chrome: removed; metadata: moved to the frontmatter; split: cut into parts)`
        : `captures.json ${field}: ${issue.message}`;
    },
  });
  if (read.ok) return { ok: true, captures: read.value.captures };
  return { ok: false, problems: read.problems.map(({ line, column, message }) => ({ line, column, message })) };
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
