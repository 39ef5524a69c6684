import { readFileSync } from 'node:fs';
import { PublishedSchema, type Published } from '../schemas/published.ts';
import { contentFile, isNewSite } from './content-dir.ts';

/** The ledger file as read: its entries and text, or why there are none. */
export type LedgerFile =
  | { /** Read and valid. */ kind: 'ledger'; /** Its entries. */ ledger: Published; /** Its text, to point problems at lines. */ text: string }
  | { /** The file does not exist. */ kind: 'missing' }
  | { /** Unreadable, not JSON, or not a ledger. */ kind: 'invalid'; /** Why, in one line. */ message: string };

/** An empty ledger: a new site, nothing published yet. */
export const EMPTY_LEDGER: Published = { schemaVersion: 1, claims: [] };

/** Reads and validates a ledger file (`published.json`). Never throws. */
export function readLedgerFile(file: string): LedgerFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'invalid', message: `cannot be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return { kind: 'invalid', message: `is not valid JSON: ${(cause as Error).message}` };
  }
  const parsed = PublishedSchema.safeParse(json);
  if (!parsed.success) {
    return { kind: 'invalid', message: parsed.error.issues.slice(0, 6).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`).join('; ') };
  }
  return { kind: 'ledger', ledger: parsed.data, text };
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
      : `${file} ${read.message}; run "npm run build:graph" to see where`,
  );
}
