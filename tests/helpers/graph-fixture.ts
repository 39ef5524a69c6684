import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractEssay } from '../../src/compile/extract.ts';
import { buildGraph } from '../../src/compile/build-graph.ts';
import { QuestionSchema } from '../../src/schemas/question.ts';
import type { Graph } from '../../src/schemas/graph.ts';

/** Builds the graph of a content folder (default: the `good` fixture) the way build-graph does. */
export async function fixtureGraph(dir = resolve(import.meta.dirname, '../fixtures/good')): Promise<Graph> {
  const question = QuestionSchema.parse(JSON.parse(await readFile(join(dir, 'question.json'), 'utf8')));
  const names = (await readdir(join(dir, 'essays'))).filter((name) => name.endsWith('.md')).sort();
  const essays = await Promise.all(names.map(async (name) => extractEssay(name, await readFile(join(dir, 'essays', name), 'utf8'))));
  const { graph, problems } = buildGraph({ question, essays });
  if (!graph) throw new Error(`fixture ${dir} does not build: ${problems.map((problem) => problem.message).join('; ')}`);
  return graph;
}
