import { spawnSync } from 'node:child_process';
import { dirname, relative } from 'node:path';
import { PublishedSchema } from '../schemas/published.ts';

/** An id some committed version of the ledger held, and the newest commit that held it. */
export interface EarlierEntry {
  /** The id. */
  id: string;
  /** Short hash of the newest commit whose ledger lists it. */
  commit: string;
}

/**
 * Every id any committed version of the ledger file listed (git history of that one file, newest
 * first), so the build can tell when an entry was deleted: the ledger only grows. Empty when the file
 * is not in a git work tree or git is not installed: then there is no history to compare with.
 */
export function readLedgerHistory(file: string): EarlierEntry[] {
  const cwd = dirname(file);
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const top = git('rev-parse', '--show-toplevel');
  if (top.status !== 0 || !top.stdout.trim()) return [];
  const path = relative(top.stdout.trim(), file);
  // Paths after "--" are relative to the working directory: run from the top of the work tree.
  const log = git('-C', top.stdout.trim(), 'log', '--format=%h', '--', path);
  if (log.status !== 0) return [];
  const seen = new Map<string, EarlierEntry>();
  for (const commit of log.stdout.split('\n').filter(Boolean)) {
    const shown = git('-C', top.stdout.trim(), 'show', `${commit}:${path}`);
    if (shown.status !== 0) continue;
    let ledger;
    try {
      ledger = PublishedSchema.parse(JSON.parse(shown.stdout));
    } catch {
      continue;
    }
    for (const entry of ledger.claims) if (!seen.has(entry.id)) seen.set(entry.id, { id: entry.id, commit });
  }
  return [...seen.values()];
}
