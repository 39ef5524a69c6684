/**
 * One build at a time per project folder: every build writes the same `src/data/graph.json` and Astro's
 * caches, so two at once would publish one's graph with the other's pages.
 *
 * The lock is proper-lockfile's: a folder, `.build.lock`, made atomically (mkdir) and touched every
 * UPDATE_MS while the build runs. A lock not touched for STALE_MS is stale (its build was killed, or its
 * machine slept) and the next build takes it over, saying so; so a killed build, or a pid reused by
 * another program, never blocks builds for ever. Beside it, `.build.lock.json` names the holder (pid,
 * start, token) for messages; `npm run build` passes the token to its steps as BUILD_LOCK, and a
 * `build:graph` run by hand meanwhile stops with a message naming the build.
 */
import { lstat, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** The lock folder, in the project root. */
export const lockFile = (root: string): string => join(root, '.build.lock');
/** The holder's description, beside the lock. */
export const holderFile = (root: string): string => join(root, '.build.lock.json');

/** A held lock is touched this often. */
export const UPDATE_MS = 2_000;
/** A lock not touched for this long is stale and taken over. */
export const STALE_MS = 10_000;

/** Who holds the lock. */
export interface Holder {
  /** The build's process id. */
  pid: number;
  /** Its token, passed to its steps as BUILD_LOCK. */
  token: string;
  /** When it started (ISO). */
  started: string;
}

const options = (root: string) => ({ realpath: false, lockfilePath: lockFile(root), stale: STALE_MS });

async function readHolder(root: string): Promise<Holder | undefined> {
  try {
    return JSON.parse(await readFile(holderFile(root), 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/** Why `.build.lock` cannot be a lock (a file where the lock folder goes), or undefined. */
async function notALock(root: string): Promise<string | undefined> {
  const info = await lstat(lockFile(root)).catch(() => undefined);
  if (!info || info.isDirectory()) return undefined;
  return `.build.lock is a file, not the lock folder builds make (left by an older version of the build, or put there by hand), so no build can take the lock: no build holds it; delete it (rm .build.lock) and build again`;
}

/** The build that holds the lock, if one is running (a stale lock is no one's). */
export async function lockHolder(root: string): Promise<Holder | undefined> {
  if (await notALock(root)) return undefined;
  const held = await lockfile.check(root, options(root)).catch(() => false);
  if (!held) return undefined;
  return (await readHolder(root)) ?? { pid: 0, token: '', started: 'at an unknown time' };
}

/** What to print when another build holds the lock. */
export function lockedMessage(holder: Holder): string {
  return `another build (pid ${holder.pid}, started ${holder.started}) is running in this folder and writes src/data/graph.json: wait for it to finish, then build again (or build in another copy of the project); if no build runs, the lock is stale after ${STALE_MS / 1000} s without an update and the next build takes it over (or delete .build.lock)`;
}

/** A lock that could not be taken: held by another build, or not a lock at all. */
export type LockRefused = { holder: Holder; message: string };

/**
 * Takes the lock: returns its token and a release function, or why it is refused. `onStale` is told
 * when a stale lock (a killed build's) was taken over.
 */
export async function acquireLock(
  root: string,
  onStale: (note: string) => void = () => undefined,
): Promise<{ token: string; release: () => Promise<void> } | LockRefused> {
  const bad = await notALock(root);
  if (bad) return { holder: { pid: 0, token: '', started: 'unknown' }, message: bad };
  const before = await lstat(lockFile(root)).catch(() => undefined);
  const previous = await readHolder(root);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(root, {
      ...options(root),
      update: UPDATE_MS,
      retries: 0,
      // Lost the lock (the folder was deleted or the machine slept past STALE_MS): say so, keep going;
      // the swap is atomic, and the other build's will be too.
      onCompromised: (cause) => console.error(`build: warning: the build lock was lost (${cause.message}); another build may now run in this folder`),
    });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ELOCKED') throw new Error(`cannot create ${lockFile(root)}`, { cause });
    // The holder writes its description just after taking the lock: give it a moment.
    let holder = await readHolder(root);
    for (let tries = 0; !holder && tries < 20; tries++) {
      await new Promise((done) => setTimeout(done, 50));
      holder = await readHolder(root);
    }
    holder ??= { pid: 0, token: '', started: 'at an unknown time' };
    return { holder, message: lockedMessage(holder) };
  }
  if (before) {
    const age = Math.round((Date.now() - before.mtimeMs) / 1000);
    onStale(`took over a stale build lock (.build.lock${previous ? ` of pid ${previous.pid}, started ${previous.started}` : ''}, not updated for ${age} s: that build was killed)`);
  }
  const token = `${process.pid}-${Date.now()}`;
  await writeFile(holderFile(root), JSON.stringify({ pid: process.pid, token, started: new Date().toISOString() } satisfies Holder));
  return {
    token,
    release: async () => {
      await rm(holderFile(root), { force: true });
      await release().catch(() => undefined);
    },
  };
}
