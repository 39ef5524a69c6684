/**
 * `npm run build`: runs every `build:*` npm script, in the order package.json declares them, into a
 * staging folder, and swaps it into `dist/` only when all of them succeed. A failing step leaves the
 * previous `dist/` untouched, names the step, and exits non-zero, so a half-built site never looks
 * like a finished one.
 *
 * The swap is all or nothing: before touching `dist/`, the build checks that the old one can be
 * moved and deleted (no read-only folder, no immutable or append-only file in it); if not, it says
 * which file and leaves `dist/` as it was. It never leaves a `.dist-previous-*` or `.dist-staging-*`
 * folder behind, and removes those a killed build left.
 *
 * One build at a time per folder (scripts/build-lock.ts): a second one stops and names the first.
 *
 * Steps read the output folder from the `OUT_DIR` environment variable (astro.config.mjs and every
 * script do); a step that writes into the built site must use it.
 * New steps need no change here: add a `build:<name>` script to package.json where it belongs.
 *
 * Usage: node scripts/build.ts          (CONTENT_DIR, SITE, BASE, NEW_SITE and the hosts' address variables pass through to the steps)
 */
import { readFile, readdir, rm, rename, mkdir, stat, lstat, access, constants } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { buildSteps } from './build-steps.ts';
import { acquireLock } from './build-lock.ts';
import { addressLine, siteAddress, SiteAddressError } from '../src/urls/site-address.ts';
import { inStep, runScript } from './lib/error-boundary.ts';
import { spawnWithoutTraces } from './lib/spawn-without-traces.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
// Beside dist/ so the final rename is atomic (same file system).
const staging = join(root, `.dist-staging-${process.pid}`);
const previous = join(root, `.dist-previous-${process.pid}`);

/** Runs one step (`npm run <script>`), its stack traces kept off the terminal (spawnWithoutTraces). */
function runStep(script: string, lock: string): Promise<number> {
  return spawnWithoutTraces(`build: step "${script}"`, 'npm', ['run', '--silent', script], {
    cwd: root,
    // OUT_DIR for astro.config.mjs and every step of ours.
    env: { ...process.env, OUT_DIR: staging, BUILD_LOCK: lock },
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Why `dir` could not be moved aside and deleted, or undefined when it can: a folder the build may
 * not write (its entries could not be deleted), or a file with the immutable or append-only attribute
 * (`chattr +i`/`+a`, which even root cannot delete). Checked before the swap, so it never half-happens.
 */
async function whyNotRemovable(dir: string): Promise<string | undefined> {
  const folders = [dir, ...(await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
  for (const folder of folders) {
    try {
      await access(folder, constants.W_OK | constants.X_OK);
    } catch {
      return `${relative(root, folder)}/ is read-only (its files cannot be deleted): make it writable (chmod -R u+w ${relative(root, dir)})`;
    }
  }
  // Linux file attributes: lsattr lists them; where it is missing (macOS) there are none to find.
  const listed = spawnSync('lsattr', ['-R', '-a', '-d', dir], { encoding: 'utf8' });
  const recursive = spawnSync('lsattr', ['-R', '-a', dir], { encoding: 'utf8' });
  for (const line of `${listed.stdout ?? ''}\n${recursive.stdout ?? ''}`.split('\n')) {
    const match = /^(\S+)\s+(.+)$/.exec(line);
    if (!match || /^\.\.?$|\/\.\.?$/.test(match[2]!)) continue;
    const flags = match[1]!;
    if (flags.includes('i') || flags.includes('a')) {
      const path = relative(root, resolve(root, match[2]!));
      return `${path} is ${flags.includes('i') ? 'immutable' : 'append-only'} (chattr +${flags.includes('i') ? 'i' : 'a'}), so it cannot be deleted or moved: run "chattr -${flags.includes('i') ? 'i' : 'a'} ${path}" (as root)`;
    }
  }
  return undefined;
}

/** Removes what killed builds left: their staging and previous folders. Safe: this build holds the lock. */
async function removeLeftovers(): Promise<void> {
  for (const name of await readdir(root)) {
    if (!/^\.dist-(staging|previous)-\d+$/.test(name)) continue;
    const path = join(root, name);
    const why = await whyNotRemovable(path);
    if (why) {
      console.error(`build: cannot remove ${name}, left by an earlier build: ${why}`);
      continue;
    }
    await rm(path, { recursive: true, force: true });
    console.log(`build: removed ${name}, left by an earlier build that did not finish`);
  }
}

/**
 * Checks SITE and BASE before any step runs: a bad one is one line and exit 1. Otherwise says in one
 * line which address the build is for and where its origin came from (SITE, or the host's variables
 * when SITE is unset), or warns that there is none, since the site then leaves out every absolute URL.
 */
function checkAddress(): boolean {
  try {
    const address = siteAddress(process.env);
    if (address.site) console.log(`build: ${addressLine(address)}`);
    else console.warn(`build: ${addressLine(address)}`);
    return true;
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(`build: ${error.message}`);
    return false;
  }
}

async function main(): Promise<number> {
  // The environment (SITE, BASE and the rest) was checked by the error boundary before this runs;
  // this says which address the build is for, SITE's or the host's.
  if (!checkAddress()) return 1;
  inStep('read package.json', join(root, 'package.json'));
  const scripts = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const steps = buildSteps(scripts);
  if (steps.length === 0) {
    console.error('build: package.json has no build:* scripts');
    return 1;
  }
  inStep('take the build lock', join(root, '.build.lock'));
  const lock = await acquireLock(root, (note) => console.log(`build: ${note}`));
  if ('holder' in lock) {
    console.error(`build: ${lock.message}; dist/ was left as it was.`);
    return 1;
  }
  // A killed build never releases its lock; a later one takes it over as stale (see build-lock.ts).
  const release = () => lock.release().catch(() => undefined);
  const stop = (signal: NodeJS.Signals) => {
    void rm(staging, { recursive: true, force: true }).finally(() => release().finally(() => process.kill(process.pid, signal)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await build(steps, lock.token);
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    await release();
  }
}

async function build(steps: string[], token: string): Promise<number> {
  inStep('remove what killed builds left', root);
  await removeLeftovers();
  const distInfo = await lstat(dist).catch(() => undefined);
  if (distInfo && !distInfo.isDirectory()) {
    console.error(`build: FAILED: dist is a ${distInfo.isSymbolicLink() ? 'symbolic link' : 'file'}, not a folder, so the built site cannot replace it: move it away (mv dist dist.old) and build again. Nothing was built; dist was left as it was.`);
    return 1;
  }
  // Fail before building when the old dist/ could not be replaced anyway (checked again at the swap).
  const blocked = (await exists(dist)) ? await whyNotRemovable(dist) : undefined;
  if (blocked) {
    console.error(`build: FAILED: dist/ cannot be replaced: ${blocked}. Nothing was built; dist/ was left as it was.`);
    return 1;
  }
  await mkdir(staging, { recursive: true });
  const started = performance.now();
  for (const step of steps) {
    const stepStarted = performance.now();
    console.log(`\nbuild: ▶ ${step}`);
    inStep(step);
    const code = await runStep(step, token).catch((cause: unknown) => {
      console.error(`build: cannot start "npm run ${step}": ${(cause as Error).message}`);
      return 1;
    });
    if (code !== 0) {
      console.error(`\nbuild: FAILED at step "${step}" (exit ${code}); dist/ was left as it was.`);
      return code;
    }
    console.log(`build: ✓ ${step} (${((performance.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  inStep('swap the new site into dist/', dist);
  // Swap: dist -> previous, staging -> dist, then drop previous. Between the two renames there is
  // no dist/ for a moment, never a half-written one. Checked first, so no step of it fails halfway.
  const hadDist = await exists(dist);
  const why = hadDist ? await whyNotRemovable(dist) : undefined;
  if (why) {
    console.error(`\nbuild: FAILED replacing dist/: ${why}. The new site was built but not swapped in; dist/ was left as it was.`);
    return 1;
  }
  try {
    if (hadDist) await rename(dist, previous);
  } catch (cause) {
    console.error(`\nbuild: FAILED replacing dist/: cannot move it aside (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); dist/ was left as it was.`);
    return 1;
  }
  try {
    await rename(staging, dist);
  } catch (cause) {
    if (hadDist) await rename(previous, dist);
    console.error(`\nbuild: FAILED replacing dist/: cannot move the new site into place (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); dist/ was left as it was.`);
    return 1;
  }
  if (hadDist) await rm(previous, { recursive: true, force: true });
  console.log(`\nbuild: done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${steps.join(' → ')} → dist/`);
  return 0;
}

await runScript('build', main);
