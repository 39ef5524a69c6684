/**
 * The ledger of published claim ids (`content/published.json`): links people shared keep working.
 *
 * - Imported by `scripts/build-graph.ts`: `checkLedger` fails the build when a published id
 *   disappears without an entry saying what became of it, when an entry was deleted (any id an earlier
 *   commit of the ledger lists must still be there), or when the ledger itself is missing, unless the
 *   build is told this is a new site with `NEW_SITE=1`.
 * - Run as `npm run ledger` (after the graph is built): appends every new claim id as `live`.
 *   It never removes or changes an entry. On a new site, `NEW_SITE=1 npm run ledger` creates the file.
 *
 * CONTENT_DIR selects another content folder, as for the graph; GRAPH_OUT, another graph file.
 */
import { writeFile, rename } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/schemas/graph.ts';
import { graphFile, loadGraph } from '../src/data-files/load-graph.ts';
import { checkLedger as checkAgainstLedger, checkLedgerHistory } from '../src/ledger/check-ledger.ts';
import { updateLedger } from '../src/ledger/update-ledger.ts';
import { contentFile, isNewSite } from '../src/io/content-dir.ts';
import { EMPTY_LEDGER, readLedgerFile } from '../src/io/read-published.ts';
import { readLedgerHistory } from '../src/io/read-ledger-history.ts';
import { error, formatProblem, warning, type Problem } from '../src/compile/problem.ts';
import { runScript } from './lib/error-boundary.ts';

/** What to say when the ledger is missing and the build was not told this is a new site. */
export const MISSING_LEDGER =
  'the ledger of published claim ids is missing: without it every link people shared to a claim could break in silence. ' +
  'Restore it (git checkout -- published.json in the content folder); if this is a new site with nothing published yet, build with NEW_SITE=1 ' +
  '(NEW_SITE=1 npm run ledger creates it)';

/**
 * What a missing ledger means under NEW_SITE=1: a warning saying what happens (no id is protected until
 * `npm run ledger` writes the file), or an error when git history shows the ledger existed: a site that
 * published ids is not new, and building it as new would forget them without a word.
 */
export function newSiteProblems(file: string, shownFile: string, graph: Graph): Problem[] {
  const at = { file: shownFile, line: 1, column: 1 };
  const history = readLedgerHistory(file);
  if (history.length > 0) {
    return [
      error(
        at,
        `NEW_SITE=1, but the ledger of published claim ids is missing and its git history lists ${history.length} published id${history.length === 1 ? '' : 's'} (last in commit ${history[0]!.commit}): this site was published, so it is not new, and building it as new would forget those ids in silence. Restore the ledger (git checkout ${history[0]!.commit} -- ${shownFile}) and build without NEW_SITE`,
      ),
    ];
  }
  return [
    warning(
      at,
      `NEW_SITE=1 and there is no ledger of published claim ids: building as a new site with nothing published, so none of the ${graph.claims.length} claim ids is protected yet; run "NEW_SITE=1 npm run ledger" to create this file and commit it`,
    ),
  ];
}

/**
 * Checks the graph against the ledger at `file` and its git history; `show` turns a path into what
 * the user sees. A missing ledger is an error unless `NEW_SITE=1` (see newSiteProblems).
 */
export async function checkLedger(graph: Graph, file: string, show: (path: string) => string): Promise<Problem[]> {
  const read = readLedgerFile(file, show(file));
  const at = { file: show(file), line: 1, column: 1 };
  if (read.kind === 'missing') return isNewSite() ? newSiteProblems(file, show(file), graph) : [error(at, MISSING_LEDGER)];
  if (read.kind === 'invalid') return read.problems.map((problem) => error(problem, problem.message));
  return [...checkAgainstLedger(graph, read.ledger, show(file), read.placeOf), ...checkLedgerHistory(read.ledger, readLedgerHistory(file), show(file))];
}

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '..');
  const file = contentFile('published.json', root);
  const show = (path: string) => relative(process.cwd(), path) || path;
  const graph = loadGraph(graphFile(root));
  const read = readLedgerFile(file, show(file));
  if (read.kind === 'invalid') {
    for (const problem of read.problems) console.error(formatProblem({ ...problem, severity: 'error' }));
    return 1;
  }
  if (read.kind === 'missing' && !isNewSite()) {
    console.error(`${show(file)}:1:1: error: ${MISSING_LEDGER}`);
    return 1;
  }
  if (read.kind === 'missing') {
    const problems = newSiteProblems(file, show(file), graph);
    if (problems.some((problem) => problem.severity === 'error')) {
      for (const problem of problems) console.error(formatProblem(problem));
      return 1;
    }
    console.log(`ledger: NEW_SITE=1 and no ledger: creating ${show(file)} with every claim id, as a new site`);
  }
  const { ledger, added } = updateLedger(graph, read.kind === 'ledger' ? read.ledger : EMPTY_LEDGER);
  if (added.length === 0 && read.kind === 'ledger') {
    console.log(`ledger: nothing new; ${ledger.claims.length} published ids in ${show(file)}`);
    return 0;
  }
  await writeFile(`${file}.tmp`, `${JSON.stringify(ledger, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  console.log(`ledger: added ${added.length} (${added.map((entry) => entry.id).join(', ')}); ${ledger.claims.length} published ids in ${show(file)}. Commit it.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runScript('ledger', main);
}
