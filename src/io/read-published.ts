import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PublishedSchema, type Published } from '../schemas/published.ts';

/**
 * The ledger of published claim ids (`$CONTENT_DIR/published.json`), read at build time; an empty
 * ledger when the file does not exist yet. `scripts/build-graph.ts` has already checked it.
 */
export function readPublished(): Published {
  const file = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content', 'published.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { schemaVersion: 1, claims: [] };
  }
  try {
    return PublishedSchema.parse(JSON.parse(text));
  } catch (cause) {
    throw new Error(`${file} is not a valid ledger; run "npm run build:graph" to see why`, { cause });
  }
}
