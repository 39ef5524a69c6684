/**
 * content -> graph. Reads the essays' Markdown with remark, validates claims and relations, and
 * writes `src/data/graph.json`. Prints every problem as `file:line:column: severity: message` and
 * exits 1 on any error, leaving the previous graph untouched.
 *
 * Usage: node scripts/build-graph.ts   (CONTENT_DIR=another content folder; GRAPH_OUT=another output file)
 */
import { writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { readContent } from '../src/compile/read-content.ts';
import { formatProblem } from '../src/compile/problem.ts';
import { isCrossEssay } from '../src/graph/cross-essay.ts';
import { checkLedger } from './ledger.ts';
import { readReadingGuide } from '../src/io/read-reading-guide.ts';
import { readingGuideProblems } from '../src/teach/check-reading-guide.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
// GRAPH_OUT lets tests check that a failed run leaves the previous graph untouched.
const outFile = resolve(root, process.env.GRAPH_OUT ?? 'src/data/graph.json');
const show = (path: string) => relative(process.cwd(), path) || path;

async function main(): Promise<number> {
  const { graph, problems } = await readContent(contentDir, show);
  const ledgerProblems = graph ? await checkLedger(graph, join(contentDir, 'published.json'), show) : [];
  // The reading guide names claims by id: a renamed or mistyped one fails here, at its line in the guide.
  const guideProblems = graph ? readingGuideProblems(readReadingGuide(contentDir, show), graph) : [];
  const all = [...problems, ...ledgerProblems, ...guideProblems];
  for (const problem of all) console.error(formatProblem(problem));
  const errors = all.filter((problem) => problem.severity === 'error').length;
  if (!graph || errors > 0) {
    console.error(`\nbuild-graph: ${errors} error${errors === 1 ? '' : 's'}; nothing written. Fix them and run again.`);
    return 1;
  }
  await mkdir(dirname(outFile), { recursive: true });
  // Write then rename, so a crash never leaves half a graph for Astro to read.
  await writeFile(`${outFile}.tmp`, `${JSON.stringify(graph, null, 2)}\n`);
  await rename(`${outFile}.tmp`, outFile);
  const cross = graph.relations.filter((relation) => isCrossEssay(graph, relation)).length;
  console.log(
    `build-graph: ${graph.essays.length} essays, ${graph.claims.length} claims, ${graph.relations.length} relations (${cross} across essays) -> ${show(outFile)}`,
  );
  return 0;
}

process.exitCode = await main();
