/**
 * One build at a time per project folder: every build writes the same `src/data/graph.json` and Astro's
 * caches, so two at once would publish one's graph with the other's pages. `npm run build` holds
 * `.build.lock` (its pid and a token it passes to its steps as BUILD_LOCK); a second build, or a
 * `build:graph` run by hand meanwhile, stops with a message naming the first. A lock left by a killed
 * build (its pid no longer runs) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The lock file, in the project root. */
export const lockFile = (root: string): string => join(root, '.build.lock');

interface Holder {
  pid: number;
  token: string;
  started: string;
}

/** Whether process `pid` is still running (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The build that holds the lock, if one is running (a stale lock is ignored). */
export async function lockHolder(root: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(lockFile(root), 'utf8')) as Holder;
    return processAlive(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** What to print when another build holds the lock. */
export function lockedMessage(holder: Holder): string {
  return `another build (pid ${holder.pid}, started ${holder.started}) is running in this folder and writes src/data/graph.json: wait for it to finish, then build again (or build in another copy of the project)`;
}

/**
 * Takes the lock: returns its token and a release function, or the holder when another build runs.
 */
export async function acquireLock(root: string): Promise<{ token: string; release: () => Promise<void> } | { holder: Holder }> {
  const token = `${process.pid}-${Date.now()}`;
  const me: Holder = { pid: process.pid, token, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile(root), 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return {
        token,
        release: async () => {
          const current = await lockHolder(root);
          if (current?.token === token || !current) await rm(lockFile(root), { force: true });
        },
      };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot create ${lockFile(root)}`, { cause });
      const holder = await lockHolder(root);
      if (holder) return { holder };
      // Stale: the build that held it was killed.
      await rm(lockFile(root), { force: true });
    }
  }
  const holder = await lockHolder(root);
  return holder ? { holder } : { holder: { pid: 0, token: '', started: 'unknown' } };
}
