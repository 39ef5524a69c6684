import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { ReadingGuideSchema, type ReadingGuide } from '../schemas/reading-guide.ts';
import { error, type Place, type Problem } from '../compile/problem.ts';
import { contentDir as contentDirOf } from './content-dir.ts';

/** The reading guide's file name in the content folder. */
export const READING_GUIDE_FILE = 'reading-guide.yaml';

/** A path to a value in the guide, as zod reports it: `['essays', 0, 'questions', 2, 'claims', 1]`. */
export type GuidePath = readonly PropertyKey[];

/** The reading guide as read from its file, able to say where each of its values stands. */
export interface ReadingGuideSource {
  /** The file, as the build shows it. */
  file: string;
  /** The validated guide. */
  guide: ReadingGuide;
  /** Where the value at `path` starts in the file (the nearest enclosing value when the path is absent). */
  placeOf(path: GuidePath): Place;
}

/** What reading the guide gave: the guide when it is valid, and every problem found. */
export interface ReadingGuideRead {
  /** Undefined when the file is missing (a content folder without a guide) or invalid. */
  source?: ReadingGuideSource;
  /** Each problem at its file and line; empty when the guide is valid or absent. */
  problems: Problem[];
}

/** Where a YAML path starts, walking up to the nearest value that exists. */
function placer(doc: Document, lines: LineCounter, file: string): (path: GuidePath) => Place {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const node = doc.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { file, line, column: col };
      }
    }
    return { file, line: 1, column: 1 };
  };
}

/**
 * Parses and validates reading-guide YAML. `file` is how problems name the file. YAML syntax errors and
 * schema errors come back as problems at their line, never thrown.
 */
export function parseReadingGuide(text: string, file: string): ReadingGuideRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((issue) => {
        const { line, col } = lines.linePos(issue.pos[0]);
        return error({ file, line, column: col }, `the reading guide is not valid YAML: ${issue.message.split('\n')[0]}`);
      }),
    };
  }
  const placeOf = placer(doc, lines, file);
  const parsed = ReadingGuideSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        // An unknown key is placed at the key's own line, not at the start of the object holding it.
        const path = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
        const fix = issue.code === 'unrecognized_keys' ? ': remove it or check the spelling' : '';
        return error(placeOf(path), `reading guide${issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''}: ${issue.message}${fix}`);
      }),
    };
  }
  return { source: { file, guide: parsed.data, placeOf }, problems: [] };
}

/**
 * Reads `<contentDir>/reading-guide.yaml`, the one reader of the guide. A content folder without one
 * (test fixtures, the benchmark's synthetic essays) has no guide: `source` is undefined, with no problem.
 * `show` turns the path into the one problems print (relative to the project, say).
 */
export function readReadingGuide(
  contentDir = contentDirOf(),
  show: (path: string) => string = (path) => path,
): ReadingGuideRead {
  const path = join(contentDir, READING_GUIDE_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { problems: [] };
    throw new Error(`could not read the reading guide ${path}`, { cause });
  }
  return parseReadingGuide(text, show(path));
}
