import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadingGuideSchema, type ReadingGuide } from '../schemas/reading-guide.ts';
import { parseWithSchema, type ValuePath } from '../data-files/parse-with-schema.ts';
import { error, type Place, type Problem } from '../compile/problem.ts';
import { contentDir as contentDirOf } from './content-dir.ts';

/** The reading guide's file name in the content folder. */
export const READING_GUIDE_FILE = 'reading-guide.yaml';

/** A path to a value in the guide, as zod reports it: `['essays', 0, 'questions', 2, 'claims', 1]`. */
export type GuidePath = ValuePath;

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

/**
 * Parses and validates reading-guide YAML. `file` is how problems name the file. YAML syntax errors and
 * schema errors come back as problems at their line, never thrown.
 */
export function parseReadingGuide(text: string, file: string): ReadingGuideRead {
  const read = parseWithSchema(text, file, ReadingGuideSchema, { what: 'the reading guide' });
  if (!read.ok) return { problems: read.problems.map((problem) => error(problem, problem.message)) };
  return { source: { file, guide: read.value, placeOf: read.placeOf }, problems: [] };
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
