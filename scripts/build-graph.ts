/**
 * content -> graph. Reads the essays' Markdown with remark, validates claims and relations, checks
 * every claim and capture line verbatim against the captures, checks the ledger, the reading guide and
 * the clash questions, and writes `src/data/graph.json` and, beside it, `site-data.json` (everything
 * else the pages need from the content: the site reads content only through these two files). Prints every problem as `file:line:column: severity: message` and exits 1 on
 * any error, leaving the previous graph untouched. Never prints a stack trace for bad content.
 *
 * Usage: node scripts/build-graph.ts
 *   CONTENT_DIR=another content folder (the checks run on any folder)
 *   GRAPH_OUT=another output file
 *   NEW_SITE=1 a new site: published.json may be missing
 */
import { writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { readContent } from '../src/compile/read-content.ts';
import { formatProblem } from '../src/compile/problem.ts';
import { contentDir } from '../src/io/content-dir.ts';
import { isCrossEssay } from '../src/graph/cross-essay.ts';
import { checkLedger } from './ledger.ts';
import { lockHolder, lockedMessage } from './build-lock.ts';
import { inStep, runScript } from './lib/error-boundary.ts';
import { readReadingGuide } from '../src/io/read-reading-guide.ts';
import { readingGuideProblems } from '../src/teach/check-reading-guide.ts';
import { checkClashQuestions } from '../src/compile/check-clash-questions.ts';
import { collectSiteData } from '../src/compile/collect-site-data.ts';
import { graphFile, siteDataFile } from '../src/data-files/load-graph.ts';
import { countOf } from '../src/words/count-words.ts';
import { fontDir } from '../src/og/font-dir.ts';
import { methodProblems } from '../src/compile/check-method.ts';
import { readFile } from 'node:fs/promises';

const root = resolve(import.meta.dirname, '..');
const content = contentDir(root);
// GRAPH_OUT lets tests check that a failed run leaves the previous graph untouched.
const outFile = graphFile(root);
const siteDataOut = siteDataFile(root);
const show = (path: string) => relative(process.cwd(), path) || path;

async function main(): Promise<number> {
  const holder = process.env.GRAPH_OUT ? undefined : await lockHolder(root);
  if (holder && holder.token !== process.env.BUILD_LOCK) {
    console.error(`build-graph: ${lockedMessage(holder)}`);
    return 1;
  }
  inStep('read the content', content);
  const { graph, problems } = await readContent(content, show, { fontDir: fontDir(root) });
  inStep('check the ledger and the reading guide', content);
  const ledgerProblems = graph ? await checkLedger(graph, join(content, 'published.json'), show) : [];
  // The reading guide names claims by id: a renamed or mistyped one fails here, at its line in the guide.
  const guide = readReadingGuide(content, show);
  const guideProblems = graph ? readingGuideProblems(guide, graph) : [];
  // Every content file is checked here, none at render time: the clash questions (by id, at their lines) and method.md too.
  inStep('check clash-questions.yaml and method.md', content);
  const clashes = graph ? checkClashQuestions(join(content, 'clash-questions.yaml'), graph) : undefined;
  const methodFile = join(content, 'method.md');
  const method = await readFile(methodFile, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return undefined;
    throw cause;
  });
  const all = [...problems, ...ledgerProblems, ...guideProblems, ...(clashes?.problems ?? []), ...(method === undefined ? [] : methodProblems(show(methodFile), method))];
  for (const problem of all) console.error(formatProblem(problem));
  const errors = all.filter((problem) => problem.severity === 'error').length;
  if (!graph || !clashes || errors > 0) {
    console.error(`\nbuild-graph: ${countOf(errors, 'error', { figures: true })}; nothing written. Fix them and run again.`);
    return 1;
  }
  inStep('write the graph', outFile);
  const data = await collectSiteData(content, graph, { clashQuestions: clashes.questions, readingGuide: guide.source?.guide });
  await mkdir(dirname(outFile), { recursive: true });
  await writeAtomically(siteDataOut, JSON.stringify(data));
  await writeAtomically(outFile, JSON.stringify(graph, null, 2));
  const cross = graph.relations.filter((relation) => isCrossEssay(graph, relation)).length;
  console.log(
    `build-graph: ${graph.essays.length} essays, ${graph.claims.length} claims, ${graph.relations.length} relations (${cross} across essays) -> ${show(outFile)}`,
  );
  return 0;
}

/** Writes then renames, so a crash never leaves half a file for Astro to read. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.${process.pid}.tmp`, `${text}\n`);
  await rename(`${file}.${process.pid}.tmp`, file);
}

// Bad content never throws (readContent reports it); the boundary names the machine's problems
// (disk full, no permission) and logs anything else as a bug.
await runScript('build-graph', main);
