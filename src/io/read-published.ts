import { readFileSync } from 'node:fs';
import { PublishedSchema, type Published } from '../schemas/published.ts';
import { parseWithSchema, type PlacedMessage, type ValuePath } from '../data-files/parse-with-schema.ts';
import type { Place } from '../data-files/place.ts';
import { contentFile, isNewSite } from './content-dir.ts';

/** The ledger file as read: its entries and where each value is written, or why there are none. */
export type LedgerFile =
  | { /** Read and valid. */ kind: 'ledger'; /** Its entries. */ ledger: Published; /** Where the value at a path is written, to point problems at it. */ placeOf: (path: ValuePath) => Place }
  | { /** The file does not exist. */ kind: 'missing' }
  | { /** Unreadable, not JSON, or not a ledger. */ kind: 'invalid'; /** Every problem, at its line and column. */ problems: PlacedMessage[] };

/** An empty ledger: a new site, nothing published yet. */
export const EMPTY_LEDGER: Published = { schemaVersion: 1, claims: [] };

/**
 * Reads and validates a ledger file (`published.json`) with `parseWithSchema`: a problem is placed at the
 * line and column of the value it concerns. Never throws.
 *
 * @param shown the file as messages name it (default `file`)
 */
export function readLedgerFile(file: string, shown = file): LedgerFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    const why = `the ledger of published ids cannot be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`;
    return { kind: 'invalid', problems: [{ file: shown, line: 1, column: 1, message: why }] };
  }
  const read = parseWithSchema(text, shown, PublishedSchema, { format: 'json', what: 'the ledger of published ids' });
  return read.ok ? { kind: 'ledger', ledger: read.value, placeOf: read.placeOf } : { kind: 'invalid', problems: read.problems };
}

/**
 * The ledger of published claim ids (`$CONTENT_DIR/published.json`) for the pages. Missing is an
 * empty ledger only on a new site (`NEW_SITE=1`); `scripts/build-graph.ts` has already reported any
 * other problem with the file, so here it throws rather than build pages that forget links.
 */
export function readPublished(file = contentFile('published.json')): Published {
  const read = readLedgerFile(file);
  if (read.kind === 'ledger') return read.ledger;
  if (read.kind === 'missing' && isNewSite()) return EMPTY_LEDGER;
  throw new Error(
    read.kind === 'missing'
      ? `${file} is missing; restore it, or set NEW_SITE=1 if nothing has been published yet (run "npm run build:graph" for details)`
      : `${file}: ${read.problems[0]?.message ?? 'not a ledger'}; run "npm run build:graph" to see every problem`,
  );
}
