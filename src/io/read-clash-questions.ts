import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ClashQuestionsSchema, type ClashQuestions } from '../schemas/clash-questions.ts';
import { parseWithSchema, type ValuePath } from '../data-files/parse-with-schema.ts';
import { error, type Place, type Problem } from '../compile/problem.ts';
import { contentFile } from './content-dir.ts';

/** The grouping file, read and validated, with a way to name the line of any value in it. */
export interface ClashQuestionsFile {
  /** The file's path, relative to the working directory (for messages). */
  file: string;
  /** Its validated contents (no questions when it is invalid or absent). */
  questions: ClashQuestions;
  /** Where the value at `path` is written (the file's start when the path is not in it). */
  placeOf(path: ValuePath): Place;
  /** YAML that does not parse, values that do not fit the schema: each at its line. */
  problems: Problem[];
}

/**
 * Reads `$CONTENT_DIR/clash-questions.yaml` (our grouping of the clashes under questions). YAML that does
 * not parse or does not fit `ClashQuestionsSchema` comes back as problems naming the file, line and column.
 * A missing file means no questions yet (a new corpus, the test fixtures): every clash is then listed under
 * "Other clashes". An unreadable one throws.
 */
export function readClashQuestions(path = contentFile('clash-questions.yaml')): ClashQuestionsFile {
  const file = relative(process.cwd(), path) || path;
  const none = { file, questions: { questions: [] }, placeOf: () => ({ file, line: 1, column: 1 }) };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { ...none, problems: [] };
    throw new Error(`${file}: error: cannot read the clash questions (${(cause as Error).message})`, { cause });
  }
  const read = parseWithSchema(text, file, ClashQuestionsSchema, { what: 'the clash-questions file' });
  if (!read.ok) return { ...none, problems: read.problems.map((problem) => error(problem, problem.message)) };
  return { file, questions: read.value, placeOf: read.placeOf, problems: [] };
}
