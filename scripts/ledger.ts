/**
 * The ledger of published claim ids (`content/published.json`): links people shared keep working.
 *
 * - Imported by `scripts/build-graph.ts`: `checkLedger` fails the build when a published id
 *   disappears without an entry saying what became of it.
 * - Run as `npm run ledger` (after the graph is built): appends every new claim id as `live`.
 *   It never removes or changes an entry.
 *
 * CONTENT_DIR selects another content folder, as for the graph.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphSchema, type Graph } from '../src/schemas/graph.ts';
import { PublishedSchema, type Published } from '../src/schemas/published.ts';
import { checkLedger as checkAgainstLedger } from '../src/ledger/check-ledger.ts';
import { updateLedger } from '../src/ledger/update-ledger.ts';
import { error, type Problem } from '../src/compile/problem.ts';

/** Reads and validates the ledger; `undefined` when the file does not exist yet. */
export async function readLedger(file: string): Promise<{ ledger: Published; text: string } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${file}`, { cause });
  }
  return { ledger: PublishedSchema.parse(JSON.parse(text)), text };
}

/**
 * Checks the graph against the ledger at `file` (no file: nothing published yet, no problems);
 * `show` turns a path into what the user sees.
 */
export async function checkLedger(graph: Graph, file: string, show: (path: string) => string): Promise<Problem[]> {
  let read;
  try {
    read = await readLedger(file);
  } catch (cause) {
    const detail = (cause as Error).cause instanceof Error ? ((cause as Error).cause as Error).message : (cause as Error).message;
    return [error({ file: show(file), line: 1, column: 1 }, `the ledger of published ids is not valid: ${detail.split('\n').slice(0, 6).join(' ')}`)];
  }
  // No ledger yet (a new content folder, a test fixture): nothing has been published, nothing to keep.
  if (!read) return [];
  return checkAgainstLedger(graph, read.ledger, show(file), read.text);
}

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '..');
  const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
  const file = join(contentDir, 'published.json');
  const show = (path: string) => relative(process.cwd(), path) || path;
  const graph = GraphSchema.parse(JSON.parse(await readFile(join(root, 'src/data/graph.json'), 'utf8')));
  const read = await readLedger(file);
  const { ledger, added } = updateLedger(graph, read?.ledger ?? { schemaVersion: 1, claims: [] });
  if (added.length === 0) {
    console.log(`ledger: nothing new; ${ledger.claims.length} published ids in ${show(file)}`);
    return 0;
  }
  await writeFile(`${file}.tmp`, `${JSON.stringify(ledger, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  console.log(`ledger: added ${added.length} (${added.map((entry) => entry.id).join(', ')}); ${ledger.claims.length} published ids in ${show(file)}. Commit it.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
