/**
 * `npm run build`: runs every `build:*` npm script, in the order package.json declares them, into a
 * staging folder, and swaps it into `dist/` only when all of them succeed. A failing step leaves the
 * previous `dist/` untouched, names the step, and exits non-zero, so a half-built site never looks
 * like a finished one.
 *
 * Steps read the output folder from the `OUT_DIR` environment variable (astro.config.mjs does), or its
 * alias `DIST_DIR` (scripts/index-search.ts does); a step that writes into the built site must use one.
 * New steps need no change here: add a `build:<name>` script to package.json where it belongs.
 *
 * Usage: node scripts/build.ts          (CONTENT_DIR, SITE, BASE pass through to the steps)
 */
import { readFile, rm, rename, mkdir, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSteps } from './build-steps.ts';
import { siteAddress, SiteAddressError } from '../src/urls/site-address.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
// Beside dist/ so the final rename is atomic (same file system).
const staging = join(root, `.dist-staging-${process.pid}`);
const previous = join(root, `.dist-previous-${process.pid}`);

function runStep(script: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: root,
      stdio: 'inherit',
      // OUT_DIR for astro.config.mjs and ours; DIST_DIR for scripts/index-search.ts (Pagefind).
      env: { ...process.env, OUT_DIR: staging, DIST_DIR: staging },
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Checks SITE and BASE before any step runs: a bad one is one line and exit 1; no SITE is one warning,
 * since the site then leaves out every absolute URL (canonical links, preview cards, citation URLs).
 */
function checkAddress(): boolean {
  try {
    const { site } = siteAddress(process.env);
    if (!site) {
      console.warn('build: warning: SITE is not set, so pages, cards, citations and exports carry no absolute URLs (no canonical link, og:url or og:image); set SITE=https://your.host to publish (docs/hosting.md)');
    }
    return true;
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(`build: ${error.message}`);
    return false;
  }
}

async function main(): Promise<number> {
  if (!checkAddress()) return 1;
  const scripts = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const steps = buildSteps(scripts);
  if (steps.length === 0) {
    console.error('build: package.json has no build:* scripts');
    return 1;
  }
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const started = performance.now();
  for (const step of steps) {
    const stepStarted = performance.now();
    console.log(`\nbuild: ▶ ${step}`);
    const code = await runStep(step).catch((cause: unknown) => {
      console.error(`build: cannot start "npm run ${step}":`, cause);
      return 1;
    });
    if (code !== 0) {
      await rm(staging, { recursive: true, force: true });
      console.error(`\nbuild: FAILED at step "${step}" (exit ${code}); dist/ was left as it was.`);
      return code;
    }
    console.log(`build: ✓ ${step} (${((performance.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  // Swap: dist -> previous, staging -> dist, then drop previous. Between the two renames there is
  // no dist/ for a moment, never a half-written one.
  const hadDist = await exists(dist);
  if (hadDist) await rename(dist, previous);
  try {
    await rename(staging, dist);
  } catch (cause) {
    if (hadDist) await rename(previous, dist);
    throw new Error(`build: cannot move ${staging} to dist/`, { cause });
  }
  if (hadDist) await rm(previous, { recursive: true, force: true });
  console.log(`\nbuild: done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${steps.join(' → ')} → dist/`);
  return 0;
}

process.exitCode = await main();
