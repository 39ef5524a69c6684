import type { Published, PublishedEntry } from '../schemas/published.ts';

/** Where a published id leads now. */
export type PublishedTarget<C> =
  | { /** Still (or again) a claim. */ kind: 'claim'; /** The claim it leads to. */ claim: C; /** Ids passed through, oldest first. */ path: string[] }
  | { /** The chain ends in a removed id. */ kind: 'removed'; /** The removed entry. */ entry: PublishedEntry; /** Ids passed through. */ path: string[] }
  | { /** Unknown id, or a rename to an id that is neither a claim nor in the ledger. */ kind: 'missing'; /** Ids passed through. */ path: string[] }
  | { /** Renames that lead back to themselves. */ kind: 'loop'; /** Ids passed through. */ path: string[] };

/**
 * Follows an id through the ledger's renames (a -> b -> c) to the claim it is now, or to the
 * removed entry where the chain ends.
 */
export function resolvePublished<C>(ledger: Published, id: string, claims: ReadonlyMap<string, C>): PublishedTarget<C> {
  const entries = new Map(ledger.claims.map((entry) => [entry.id, entry]));
  const path: string[] = [];
  let current = id;
  for (;;) {
    if (path.includes(current)) return { kind: 'loop', path };
    path.push(current);
    const claim = claims.get(current);
    if (claim) return { kind: 'claim', claim, path };
    const entry = entries.get(current);
    if (!entry) return { kind: 'missing', path };
    if (entry.status === 'removed') return { kind: 'removed', entry, path };
    if (entry.status !== 'renamed' || !entry.to) return { kind: 'missing', path };
    current = entry.to;
  }
}
