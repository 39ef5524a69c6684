import type { Graph } from '../schemas/graph.ts';
import type { Published, PublishedEntry } from '../schemas/published.ts';

/**
 * Appends every claim of the graph that the ledger does not know yet as `live`. Never removes or
 * changes an entry: what became of an old id is a person's decision, written by hand.
 */
export function updateLedger(graph: Graph, ledger: Published): { ledger: Published; added: PublishedEntry[] } {
  const known = new Set(ledger.claims.map((entry) => entry.id));
  const added: PublishedEntry[] = graph.claims
    .filter((claim) => !known.has(claim.id))
    .map((claim) => ({ id: claim.id, url: claim.url, anchor: claim.anchor, status: 'live', essay: claim.essay }));
  return { ledger: { ...ledger, claims: [...ledger.claims, ...added] }, added };
}
