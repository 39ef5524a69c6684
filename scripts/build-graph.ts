/**
 * content -> graph. Reads the essays' Markdown with remark, validates claims and relations, and
 * writes `src/data/graph.json`. Prints every problem as `file:line:column: severity: message` and
 * exits 1 on any error, leaving the previous graph untouched.
 *
 * Usage: node scripts/build-graph.ts            (CONTENT_DIR=path to read another content folder)
 */
import { readFile, readdir, writeFile, rename, mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { QuestionSchema } from '../src/schemas/question.ts';
import { extractEssay } from '../src/graph/extract.ts';
import { buildGraph } from '../src/graph/build-graph.ts';
import { formatProblem } from '../src/graph/problem.ts';
import { checkLedger } from './ledger.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const outFile = join(root, 'src/data/graph.json');
const show = (path: string) => relative(process.cwd(), path) || path;

async function main(): Promise<number> {
  const questionFile = join(contentDir, 'question.json');
  let question;
  try {
    question = QuestionSchema.parse(JSON.parse(await readFile(questionFile, 'utf8')));
  } catch (cause) {
    console.error(`${show(questionFile)}:1:1: error: cannot read the central question: ${(cause as Error).message.split('\n')[0]}`);
    return 1;
  }
  const essayDir = join(contentDir, 'essays');
  const names = (await readdir(essayDir)).filter((name) => name.endsWith('.md')).sort();
  const essays = await Promise.all(
    names.map(async (name) => extractEssay(show(join(essayDir, name)), await readFile(join(essayDir, name), 'utf8'))),
  );
  const captures = (await readdir(join(contentDir, 'sources')).catch(() => [])).filter((name) => name.endsWith('.txt'));
  const { graph, problems } = buildGraph({ question, essays, captures });
  const ledgerProblems = graph ? await checkLedger(graph, join(contentDir, 'published.json'), show) : [];
  const all = [...problems, ...ledgerProblems];
  for (const problem of all) console.error(formatProblem(problem));
  const errors = all.filter((problem) => problem.severity === 'error').length;
  if (!graph || errors > 0) {
    console.error(`\nbuild-graph: ${errors} error${errors === 1 ? '' : 's'}; nothing written. Fix them and run again.`);
    return 1;
  }
  await mkdir(join(root, 'src/data'), { recursive: true });
  // Write then rename, so a crash never leaves half a graph for Astro to read.
  await writeFile(`${outFile}.tmp`, `${JSON.stringify(graph, null, 2)}\n`);
  await rename(`${outFile}.tmp`, outFile);
  const cross = graph.relations.filter((relation) => {
    const essayOf = (id: string) => graph.claims.find((claim) => claim.id === id)?.essay;
    return relation.to !== graph.question.id && essayOf(relation.from) !== essayOf(relation.to);
  }).length;
  console.log(
    `build-graph: ${graph.essays.length} essays, ${graph.claims.length} claims, ${graph.relations.length} relations (${cross} across essays) -> ${show(outFile)}`,
  );
  return 0;
}

process.exitCode = await main();
