/**
 * One build of the site per setting (SITE, BASE), shared by every test file that needs it.
 *
 * `node --test` runs each file in its own process, so the first file to ask builds (in a project
 * copy, under a lock) into `.cache/builds/` and the others wait for it and reuse the result. The
 * folder's name hashes the settings and every input of the build (the project files, the content it
 * builds with, the lock file), so a later run reuses a build only while none of them has changed,
 * and never serves a stale one.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_FILES, ROOT, buildContentDir, copyProject, isGeneratedData } from '../../scripts/lib/project-copy.ts';
import { ADDITION_INPUTS, addCourseContent } from './course-additions.ts';
import lockfile from 'proper-lockfile';

/** The settings a build is made with; each distinct one is built once. */
export interface BuildSettings {
  /** The public origin (`SITE`), e.g. https://teach.example.edu. */
  SITE?: string;
  /** The subpath the site is served under (`BASE`), e.g. /course/argmap/. */
  BASE?: string;
  /** The top map page's claim budget (`MAP_TOP_CLAIMS`): small, to split the map into pages. */
  MAP_TOP_CLAIMS?: string;
  /** Add the test content of course-additions.ts (hostile essay, drafted essay, undercut, ledger changes). */
  additions?: boolean;
  /**
   * Give the origin as Netlify gives it (`NETLIFY=true`, `CONTEXT=production`, `URL=<SITE>`) with SITE
   * unset, so the build must find its own address (src/urls/host-address.ts) and the same copy proves
   * it did, on every page.
   */
  netlify?: boolean;
}

/** Where shared builds are kept (git-ignored). */
export const BUILDS = join(ROOT, '.cache/builds');

/** Every file under `path`, sorted (what `build:graph` writes left out: it is made from the inputs). */
async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !isGeneratedData(file))
    .sort();
}

/** A short hash of the settings and of every input of a build with them. */
async function buildKey(settings: BuildSettings): Promise<{ config: string; inputs: string }> {
  const config = createHash('sha256').update(JSON.stringify([settings.SITE ?? '', settings.BASE ?? '', settings.MAP_TOP_CLAIMS ?? '', Boolean(settings.additions), Boolean(settings.netlify)])).digest('hex').slice(0, 8);
  const hash = createHash('sha256');
  const content = buildContentDir();
  const roots = [...PROJECT_FILES.map((entry) => join(ROOT, entry)), join(ROOT, 'package-lock.json'), ...(settings.additions ? ADDITION_INPUTS.map((entry) => join(ROOT, entry)) : [])];
  for (const [label, dir] of [...roots.map((root) => [relative(ROOT, root), root] as const), ['content', content] as const]) {
    for (const file of await filesUnder(dir)) {
      hash.update(`${label}/${relative(dir, file)}\0`);
      hash.update(await readFile(file));
      hash.update('\0');
    }
  }
  return { config, inputs: hash.digest('hex').slice(0, 16) };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Every variable a host could give the build its address in, emptied whatever the runner's shell holds. */
const NO_ADDRESS = Object.fromEntries(
  ['SITE', 'URL', 'NETLIFY', 'CONTEXT', 'DEPLOY_PRIME_URL', 'CF_PAGES_URL', 'VERCEL_PROJECT_PRODUCTION_URL', 'GITHUB_PAGES'].map((name) => [name, '']),
);

/** Where the terminal output of the build kept at `target` is written. */
const outputOf = (target: string) => `${target}.output.txt`;

/** The environment a build with `settings` runs in. */
function buildEnv(settings: BuildSettings): Record<string, string> {
  const env: Record<string, string> = { ...NO_ADDRESS, CONTENT_DIR: 'content' };
  if (settings.SITE && settings.netlify) Object.assign(env, { NETLIFY: 'true', CONTEXT: 'production', URL: settings.SITE });
  else if (settings.SITE) env.SITE = settings.SITE;
  if (settings.BASE) env.BASE = settings.BASE;
  if (settings.MAP_TOP_CLAIMS) env.MAP_TOP_CLAIMS = settings.MAP_TOP_CLAIMS;
  return env;
}

/** Builds a project copy with `settings` and moves its dist/ to `target`, its output beside it. Throws with the build's output when it fails. */
async function buildInto(target: string, settings: BuildSettings): Promise<void> {
  const copy = await copyProject({ content: buildContentDir() });
  try {
    if (settings.additions) await addCourseContent(copy);
    const env = buildEnv(settings);
    // Not spawnSync: the lock's heartbeat must keep beating through a build that can outlast its stale time.
    const result = await copy.runAsync('build', env);
    if (result.status !== 0) {
      throw new Error(`the shared build with ${JSON.stringify(settings)} failed (exit ${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    }
    await writeFile(outputOf(target), `${result.stdout}\n${result.stderr}`);
    // Copied beside the target, then renamed, so a reader never sees half a build.
    const partial = `${target}.partial-${process.pid}`;
    await cp(join(copy.dir, 'dist'), partial, { recursive: true });
    await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished the same build first (its lock was taken over as stale): keep theirs.
      await rm(partial, { recursive: true, force: true });
      if (!(await exists(target))) throw error;
    });
  } finally {
    await copy.dispose();
  }
}

/**
 * The built site (its dist/ folder) for `settings`, building it first when no process has yet.
 * Waits while another test process is building the same thing; throws when the build fails.
 */
export async function sharedBuild(settings: BuildSettings): Promise<string> {
  const { config, inputs } = await buildKey(settings);
  const target = join(BUILDS, `${config}-${inputs}`);
  const lock = `${target}.lock`;
  await mkdir(BUILDS, { recursive: true });
  for (;;) {
    if (await exists(target)) return target;
    // proper-lockfile: the holder touches the lock while it builds; a lock left untouched for a minute
    // (its process was killed) is stale and taken over, so a dead or reused pid never blocks for ever.
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(BUILDS, { realpath: false, lockfilePath: lock, stale: 60_000, update: 10_000, retries: 0, onCompromised: () => undefined });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A stale lock an older version of this helper left holds a pid file, which rmdir refuses.
      if (code === 'ENOTEMPTY') {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (code !== 'ELOCKED') throw error;
      // Someone else is building it: wait for it.
      await sleep(500);
      continue;
    }
    try {
      if (!(await exists(target))) await buildInto(target, settings);
      // Older builds with the same settings are stale now.
      for (const name of await readdir(BUILDS)) {
        if (name.startsWith(`${config}-`) && !name.startsWith(`${config}-${inputs}`) && !name.endsWith('.lock')) await rm(join(BUILDS, name), { recursive: true, force: true });
      }
      return target;
    } finally {
      await release().catch(() => undefined);
    }
  }
}

/** What the build for `settings` printed on the terminal (stdout, then stderr), building it first when no process has yet. */
export async function sharedBuildOutput(settings: BuildSettings): Promise<string> {
  return readFile(outputOf(await sharedBuild(settings)), 'utf8');
}

/**
 * The copy a course would host: its own origin (given as Netlify gives it, SITE unset) and a subpath, its map split into pages, and the test
 * content of course-additions.ts added to the real content (an instructor's essays join the
 * publisher's). The second and last Astro build `npm test` makes: every suite that needs a build
 * other than dist/ reads this one.
 */
export const COURSE: Required<BuildSettings> = { SITE: 'https://teach.example.edu', BASE: '/course/argmap/', MAP_TOP_CLAIMS: '1', additions: true, netlify: true };
