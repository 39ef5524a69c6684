import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { ClashQuestionsSchema, type ClashQuestions } from '../schemas/clash-questions.ts';

/** The grouping file, read and validated, with a way to name the line of any value in it. */
export interface ClashQuestionsFile {
  /** The file's path, relative to the working directory (for messages). */
  file: string;
  /** Its validated contents. */
  questions: ClashQuestions;
  /** `file:line:column` of the value at `path` (or of the file when the path is not in it). */
  where(path: (string | number)[]): string;
}

/**
 * Reads `$CONTENT_DIR/clash-questions.yaml` (our grouping of the clashes under questions). Throws an
 * error naming the file, line and column, and what to do, for YAML that does not parse or does not
 * fit `ClashQuestionsSchema`. A missing file means no questions yet (a new corpus, the test fixtures):
 * every clash is then listed under "Other clashes".
 */
export function readClashQuestions(path = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content', 'clash-questions.yaml')): ClashQuestionsFile {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { file, questions: { questions: [] }, where: () => `${file}:1:1` };
    throw new Error(`${file}: error: cannot read the clash questions (${(cause as Error).message})`, { cause });
  }
  const lines = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return `${file}:1:1`;
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (document.errors.length > 0) {
    throw new Error(document.errors.map((problem) => `${at(problem.pos[0])}: error: ${problem.message.split('\n')[0]}`).join('\n'));
  }
  const where = (path: (string | number)[]) => {
    // Walk down to the deepest part of the path that exists, so a missing field names its parent.
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return at(undefined);
  };
  const parsed = ClashQuestionsSchema.safeParse(document.toJS());
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${where(issue.path as (string | number)[])}: error: ${issue.path.join('.') || 'file'}: ${issue.message}`).join('\n'));
  }
  return { file, questions: parsed.data, where };
}
