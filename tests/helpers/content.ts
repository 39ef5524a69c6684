import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { extractEssay } from '../../src/compile/extract.ts';
import { buildGraph, type BuildGraphResult } from '../../src/compile/build-graph.ts';
import { QuestionSchema } from '../../src/schemas/question.ts';
import { ROOT } from '../../scripts/lib/project-copy.ts';

/** The good fixture content folder: the background every bad essay is checked against. */
export const GOOD = join(ROOT, 'tests/fixtures/good');

/** The bad fixture essays: one malformed essay a case, each built together with the good ones. */
export const BAD = join(ROOT, 'tests/fixtures/bad');

/** A path as build messages print it when run from the project root. */
export const show = (path: string): string => relative(ROOT, path);

/**
 * Builds the graph from the good fixture essays plus extra essay files (e.g. one bad essay),
 * exactly as `scripts/build-graph.ts` would if those files were in the content folder.
 */
export async function buildWith(extraFiles: readonly string[]): Promise<BuildGraphResult> {
  const question = QuestionSchema.parse(JSON.parse(await readFile(join(GOOD, 'question.json'), 'utf8')));
  const goodFiles = (await readdir(join(GOOD, 'essays'))).filter((name) => name.endsWith('.md')).map((name) => join(GOOD, 'essays', name));
  // The extra files come last, as if named after the good ones: their problems are then theirs.
  const files = [...goodFiles.sort(), ...extraFiles];
  const essays = await Promise.all(files.map(async (file) => extractEssay(show(file), await readFile(file, 'utf8'))));
  const captures = (await readdir(join(GOOD, 'sources'))).filter((name) => name.endsWith('.txt'));
  return buildGraph({ question, essays, captures });
}
