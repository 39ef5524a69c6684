import type { Graph } from '../schemas/graph.ts';
import type { Published } from '../schemas/published.ts';
import type { Place } from '../data-files/place.ts';
import type { ValuePath } from '../data-files/parse-with-schema.ts';
import type { EarlierEntry } from '../io/read-ledger-history.ts';
import { error, warning, type Problem } from '../compile/problem.ts';
import { resolvePublished } from './resolve-published.ts';

/**
 * Checks the graph against the ledger of published claim ids, so links people shared keep working:
 * - a `live` id that no essay marks any more is an error (say what became of it);
 * - a `renamed` id must lead, through any chain of renames, to a claim in the graph;
 * - a `renamed` or `removed` id must not be marked again (an id is never reused);
 * - a claim not yet in the ledger is a warning (run `npm run ledger`), and so is a claim that moved to
 *   another essay (its old anchor no longer lands on it).
 *
 * `placeOf` says where a value of the ledger file is written (`parseWithSchema`'s, as `readLedgerFile`
 * returns it): each problem points at its entry's `"id"`, the second of two entries at the second.
 */
export function checkLedger(graph: Graph, ledger: Published, file: string, placeOf: (path: ValuePath) => Place): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const seen = new Set<string>();

  for (const [index, entry] of ledger.claims.entries()) {
    const place = () => placeOf(['claims', index, 'id']);
    if (seen.has(entry.id)) {
      problems.push(error(place(), `published id "${entry.id}" has two entries: keep the first, delete the other`));
      continue;
    }
    seen.add(entry.id);
    const claim = claims.get(entry.id);
    if (entry.status === 'live' && !claim) {
      problems.push(
        error(
          place(),
          `published claim "${entry.id}" (${entry.url}, ${entry.anchor}) is no longer marked in any essay. ` +
            `People may have shared its link: mark it again with #${entry.id}, or say what became of it in ${file}: ` +
            `"status": "renamed", "to": "<new id>" if it now has another id, or "status": "removed" with a "note" if it is gone.`,
        ),
      );
    }
    if (entry.status === 'live' && claim && claim.essay !== entry.essay) {
      problems.push(
        warning(
          place(),
          `claim "${entry.id}" was published in essay "${entry.essay}" (${entry.anchor}) and is now in "${claim.essay}": ` +
            `links to the old anchor no longer land on it. Keep it in "${entry.essay}" if you can.`,
        ),
      );
    }
    if (entry.status !== 'live' && claim) {
      problems.push(
        error(
          place(),
          `claim id "${entry.id}" is marked again in ${claim.source.file}:${claim.source.line}, but the ledger says it was ${entry.status}. ` +
            `A published id is never reused: give that claim a new id, or set this entry back to "status": "live" (and drop "to").`,
        ),
      );
    }
    if (entry.status === 'removed' && !entry.note) {
      problems.push(
        error(
          place(),
          `published claim "${entry.id}" is marked removed without a note: its page will tell readers the claim is gone, so say why in "note" (e.g. "note": "Merged into the claim before it.")`,
        ),
      );
    }
    if (entry.status === 'renamed' && !claim) {
      const target = resolvePublished(ledger, entry.id, claims);
      if (target.kind !== 'claim') {
        problems.push(
          error(
            place(),
            `published claim "${entry.id}" is renamed to "${entry.to}", ${target.kind === 'loop' ? 'which renames back to it in a loop' : `which is not a claim in any essay${target.kind === 'removed' ? ' (the chain ends in a removed id)' : ''}`}: ` +
              `point "to" at the id the claim has now.`,
          ),
        );
      }
    }
  }
  for (const claim of graph.claims) {
    if (!seen.has(claim.id)) {
      problems.push(
        warning(
          { file: claim.source.file, line: claim.source.line, column: 1 },
          `claim "${claim.id}" is not in the ledger yet: run "npm run ledger" to record it as published, then commit ${file}`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The ledger only grows: every id an earlier committed version listed must still have its entry
 * (live, renamed or removed). `earlier` comes from the ledger file's git history.
 */
export function checkLedgerHistory(ledger: Published, earlier: readonly EarlierEntry[], file: string): Problem[] {
  const now = new Set(ledger.claims.map((entry) => entry.id));
  return earlier
    .filter((entry) => !now.has(entry.id))
    .map((entry) =>
      error(
        { file, line: 1, column: 1 },
        `published claim "${entry.id}" has lost its entry (the ledger in commit ${entry.commit} lists it): a published id is never deleted from the ledger. ` +
          `Put the entry back (git show ${entry.commit}:<path to published.json>), with "status": "renamed" and "to", or "status": "removed" and a "note", if the claim is gone.`,
      ),
    );
}
