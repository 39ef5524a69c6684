import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { location } from 'vfile-location';
import { CAPTURE_LINE_KINDS, CapturesFileSchema, type Capture } from '../schemas/capture.ts';
import { contentFile } from './content-dir.ts';

/** The records read, or every problem with the file, each at its line. */
export type CapturesRead =
  | { /** Valid (or absent: no records). */ ok: true; /** The records. */ captures: Capture[] }
  | { /** Invalid. */ ok: false; /** What is wrong, at which line of the file. */ problems: Array<{ line: number; column: number; message: string }> };

/** Where the value at `path` is written: its key when it has one, else the value, else its nearest ancestor. */
function placeOfPath(text: string, path: readonly PropertyKey[]): { line: number; column: number } {
  // JSON is YAML 1.2: the yaml parser keeps every node's range, which JSON.parse throws away.
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const last = path.at(-1);
  const parent = document.getIn(path.slice(0, -1) as unknown[], true);
  const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === last) : undefined;
  if (pair && isScalar(pair.key) && pair.key.range) {
    const { line, col } = lines.linePos(pair.key.range[0]);
    return { line, column: col };
  }
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

/**
 * Where JSON.parse gave up: the offset its message names when it names one (V8 does not always), else
 * where the yaml parser, reading the same text, finds its first error.
 */
function jsonErrorPlace(text: string, cause: Error): { line: number; column: number } {
  const at = /position (\d+)/.exec(cause.message);
  const offset = at ? Number(at[1]) : parseDocument(text).errors[0]?.pos[0];
  const point = offset === undefined ? undefined : location(text).toPoint(offset);
  return { line: point?.line ?? 1, column: point?.column ?? 1 };
}

/**
 * Parses the text of `captures.json`. Never throws: a problem names its line and column and says what to
 * write instead.
 */
export function parseCaptures(text: string): CapturesRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return { ok: false, problems: [{ ...jsonErrorPlace(text, cause as Error), message: `captures.json is not valid JSON: ${(cause as Error).message}` }] };
  }
  const parsed = CapturesFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, captures: parsed.data.captures };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      let value: unknown = json;
      for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
      const field = issue.path.map(String).join('.');
      const message =
        issue.path.at(-1) === 'as' && issue.code === 'invalid_value'
          ? `captures.json ${field}: "as": ${JSON.stringify(value)} is not a kind of capture line: use one of ${CAPTURE_LINE_KINDS.map((kind) => `"${kind}"`).join(', ')} (chrome: removed; metadata: moved to the frontmatter; split: cut into parts)`
          : `captures.json ${field}: ${issue.message}`;
      return { ...placeOfPath(text, issue.path), message };
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
