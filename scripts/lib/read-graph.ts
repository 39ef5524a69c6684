import { readFile } from 'node:fs/promises';
import { GraphSchema, type Graph } from '../../src/schemas/graph.ts';
import { ScriptError } from './error-boundary.ts';

/**
 * Reads the graph `npm run build:graph` wrote, for the scripts that run after it (ledger,
 * review-table, search). A missing, unreadable or out-of-date file is an expected problem with its fix.
 */
export async function readGraph(file: string, show: (path: string) => string): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ScriptError(`${show(file)}: error: cannot read the graph (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}): run "npm run build:graph" first`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ScriptError(`${show(file)}: error: the graph is not valid JSON (${(cause as Error).message}): run "npm run build:graph" again`, { cause });
  }
  const parsed = GraphSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ScriptError(`${show(file)}: error: the graph does not match this version of the site (${issue.path.join('.')}: ${issue.message}): run "npm run build:graph" again`);
  }
  return parsed.data;
}
