import type { Graph } from '../src/schemas/graph.ts';
import type { Problem } from '../src/graph/problem.ts';

/**
 * Checks the graph against the ledger of published claim ids (`content/published.json`).
 * Placeholder until the ledger lands (issue 4): no ledger file, no problems.
 */
export async function checkLedger(_graph: Graph, _file: string, _show: (path: string) => string): Promise<Problem[]> {
  return [];
}
