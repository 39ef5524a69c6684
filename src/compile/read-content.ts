import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { QuestionSchema } from '../schemas/question.ts';
import { extractEssay } from './extract.ts';
import { buildGraph, type BuildGraphResult } from './build-graph.ts';
import { error, sortProblems } from './problem.ts';

/**
 * Reads a content folder (`question.json`, `essays/*.md`, `sources/*.txt`) and builds the graph.
 * Never throws for bad content: every problem comes back with its `file:line:column`.
 *
 * @param contentDir the content folder
 * @param show turns an absolute path into the one printed in messages (relative to the project)
 */
export async function readContent(contentDir: string, show: (path: string) => string): Promise<BuildGraphResult> {
  const questionFile = join(contentDir, 'question.json');
  const essayDir = join(contentDir, 'essays');
  let questionText: string;
  try {
    questionText = await readFile(questionFile, 'utf8');
  } catch {
    return { problems: [error({ file: show(questionFile), line: 1, column: 1 }, 'the central question is missing: write {"id": "question", "text": "…?"} in this file')] };
  }
  let names: string[];
  try {
    names = (await readdir(essayDir)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) {
    return { problems: [error({ file: show(essayDir), line: 1, column: 1 }, 'no essays: put one Markdown file per essay in this folder')] };
  }
  let json: unknown;
  try {
    json = JSON.parse(questionText);
  } catch (cause) {
    return { problems: [error({ file: show(questionFile), line: 1, column: 1 }, `the central question is not valid JSON: ${(cause as Error).message}`)] };
  }
  const question = QuestionSchema.safeParse(json);
  if (!question.success) {
    return {
      problems: question.error.issues.map((issue) =>
        error(
          { file: show(questionFile), line: 1, column: 1 },
          issue.code === 'invalid_type' && issue.input === undefined
            ? `the central question has no "${issue.path.join('.')}": add it ({"id": "question", "text": "…?"})`
            : `the central question${issue.path.length ? ` field "${issue.path.join('.')}"` : ''}: ${issue.message}`,
        ),
      ),
    };
  }
  const essays = await Promise.all(names.map(async (name) => extractEssay(show(join(essayDir, name)), await readFile(join(essayDir, name), 'utf8'))));
  const captures = (await readdir(join(contentDir, 'sources')).catch(() => [] as string[])).filter((name) => name.endsWith('.txt'));
  const result = buildGraph({ question: question.data, essays, captures });
  return { ...result, problems: sortProblems(result.problems) };
}
