import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { location } from 'vfile-location';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { Place } from './place.ts';

/** A message at its place in a data file. */
export interface PlacedMessage extends Place {
  /** What is wrong and what to do. */
  message: string;
}

/** A path to a value, as zod reports it: `['essays', 0, 'questions', 2]`. */
export type ValuePath = readonly PropertyKey[];

/** What parsing a data file gave: its value with a way to place any of its values, or every problem, placed. */
export type SchemaRead<T> =
  | {
      /** Parsed and valid. */ ok: true;
      /** The validated value. */ value: T;
      /** Where the value at `path` is written (see `parseWithSchema`). */ placeOf(path: ValuePath): Place;
    }
  | { /** Not valid. */ ok: false; /** Each problem at its line and column. */ problems: PlacedMessage[] };

/** How to parse and what to call things in messages. */
export interface ParseOptions {
  /** `yaml` (the default) or `json`: JSON is parsed strictly with JSON.parse, a syntax error placed by jsonc-parser; yaml only finds positions. */
  format?: 'yaml' | 'json';
  /** The file in words, to start a message: "the reading guide", "captures.json". */
  what: string;
  /** The message for one zod issue (default: `<what> at <path>: <zod's message>`). `value` is the value at the issue's path. */
  describe?: (issue: z.core.$ZodIssue, value: unknown) => string;
}

/** The path an issue is placed at: an unknown key at the key itself, not at the map holding it. */
function issuePath(issue: z.core.$ZodIssue): ValuePath {
  return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
}

function defaultDescribe(what: string) {
  return (issue: z.core.$ZodIssue) =>
    `${what}${issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : ''}: ${issue.message}${issue.code === 'unrecognized_keys' ? ': remove it or check the spelling' : ''}`;
}

/**
 * Where the value at `path` is written in `document`: its key when it is a map entry, else the value, else
 * (for a path that is not in the file, such as a missing field) the nearest enclosing value that is.
 */
function placer(document: Document, lines: LineCounter, file: string) {
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  return (path: ValuePath) => {
    const parent = path.length > 0 ? document.getIn(path.slice(0, -1) as unknown[], true) : undefined;
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1)) : undefined;
    if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return { file, line: 1, column: 1 };
  };
}

/** Parses `text` into a value, or the syntax problems at their lines. */
function parseText(text: string, file: string, options: ParseOptions): { value: unknown; document: () => { document: Document; lines: LineCounter } } | PlacedMessage[] {
  const yaml = () => {
    const lines = new LineCounter();
    return { document: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
  };
  if (options.format === 'json') {
    try {
      const value: unknown = JSON.parse(text);
      return { value, document: yaml };
    } catch (cause) {
      // V8 names the offset it stopped at only for some errors (not a trailing comma): jsonc-parser, strict
      // as JSON.parse with these options, finds every syntax error's offset.
      const errors: ParseError[] = [];
      parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const point = location(text).toPoint(errors[0]?.offset ?? 0);
      return [{ file, line: point?.line ?? 1, column: point?.column ?? 1, message: `${options.what} is not valid JSON: ${(cause as Error).message.replace(/\s*\n\s*/g, ' ')}` }];
    }
  }
  const parsed = yaml();
  if (parsed.document.errors.length > 0) {
    return parsed.document.errors.map((problem) => {
      const { line, col } = parsed.lines.linePos(problem.pos[0]);
      return { file, line, column: col, message: `${options.what} is not valid YAML: ${problem.message.split('\n')[0]}` };
    });
  }
  return { value: parsed.document.toJS(), document: () => parsed };
}

/**
 * Parses a YAML or JSON data file and validates it with a zod schema: the one way the build reads such
 * files (the reading guide, the clash questions, captures.json, the graph). Never throws: a syntax error
 * is placed where the parser stopped, and each zod issue at the line and column of the value it concerns
 * (the yaml library keeps every node's range; JSON is YAML 1.2).
 *
 * @param file the file as messages name it
 */
export function parseWithSchema<Schema extends z.ZodType>(text: string, file: string, schema: Schema, options: ParseOptions): SchemaRead<z.output<Schema>> {
  const parsed = parseText(text, file, options);
  if (Array.isArray(parsed)) return { ok: false, problems: parsed };
  let positions: ((path: ValuePath) => Place) | undefined;
  const placeOf = (path: ValuePath) => {
    if (!positions) {
      const { document, lines } = parsed.document();
      positions = placer(document, lines, file);
    }
    return positions(path);
  };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { ok: true, value: result.data, placeOf };
  const describe = options.describe ?? defaultDescribe(options.what);
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      let value = parsed.value;
      for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
      return { ...placeOf(issuePath(issue)), message: describe(issue, value) };
    }),
  };
}
