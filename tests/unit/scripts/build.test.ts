/**
 * The step runner on its own: scripts/build.ts in a throwaway folder whose `build:*` steps are stubs,
 * so each case takes a fraction of a second. (A real build that fails at the graph step is in
 * tests/site/scripts/build-broken-content.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { runScript, runScriptAsync, startScript } from '../../helpers/run-script.ts';

// A step: appends its name to ran.log (beside package.json, outside the output folder), checks that
// OUT_DIR is set and DIST_DIR is not, writes <name>.txt in OUT_DIR with the BASE it was given, and
// exits with STUB_FAIL_<name>'s code when that is set, after a line on stderr.
const STUB = `
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const name = process.argv[2];
appendFileSync('ran.log', name + '\\n');
if (!process.env.OUT_DIR || process.env.DIST_DIR !== undefined) { console.error('OUT_DIR unset, or DIST_DIR set'); process.exit(9); }
const code = Number(process.env['STUB_FAIL_' + name] ?? 0);
writeFileSync(join(process.env.OUT_DIR, name + '.txt'), 'base=' + (process.env.BASE ?? ''));
if (code) { console.error('stub ' + name + ': this step fails'); process.exit(code); }
`;

const STEPS = ['graph', 'site', 'search'];
const stepScripts = (names = STEPS) => Object.fromEntries([['test', 'node -e "process.exit(1)"'], ...names.map((name) => [`build:${name}`, `node stub.mjs ${name}`])]);

/** A throwaway project with the real runner, stub steps and a dist/ from a previous good build. */
async function stubProject() {
  const dir = await mkdtemp(join(tmpdir(), 'counterpoint-build-'));
  await mkdir(join(dir, 'scripts'));
  for (const file of ['build.ts', 'build-steps.ts', 'build-lock.ts', 'lib/error-boundary.ts', 'lib/spawn-without-traces.ts']) await cp(join(ROOT, 'scripts', file), join(dir, 'scripts', file));
  // The runner checks the environment (SITE, BASE, the host's address and the rest) before any step, with the site's own checks.
  for (const file of ['urls/site-address.ts', 'urls/host-address.ts', 'env/build-env.ts', 'data-files/data-file-error.ts']) await cp(join(ROOT, 'src', file), join(dir, 'src', file));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'stub.mjs'), STUB);
  const writeScripts = (scripts: Record<string, string>) => writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'stub', private: true, type: 'module', scripts }, null, 2));
  await writeScripts(stepScripts());
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist/marker-from-the-last-good-build.txt'), 'good');
  const distFiles = async () => (await readdir(join(dir, 'dist'))).sort();
  const leftovers = async () => (await readdir(dir)).filter((name) => name.startsWith('.dist-'));
  return {
    dir,
    writeScripts,
    distFiles,
    leftovers,
    /** Runs the runner as `npm run build` does; `env` is added to the environment. */
    build: (env: Record<string, string> = {}) => runScriptAsync(process.execPath, ['scripts/build.ts'], { cwd: dir, env: { ...process.env, ...env } }),
    /** The steps that ran, in order. */
    ran: async () => (await readFile(join(dir, 'ran.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
    async assertDistUntouched(): Promise<void> {
      assert.deepEqual(await distFiles(), ['marker-from-the-last-good-build.txt'], 'dist/ was changed');
      assert.deepEqual(await leftovers(), [], 'a staging folder was left behind');
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

type StubProject = Awaited<ReturnType<typeof stubProject>>;

/** A test on its own stub project, removed afterwards. */
const withProject = (body: (project: StubProject) => Promise<void>) => async () => {
  const project = await stubProject();
  try {
    await body(project);
  } finally {
    await project.dispose();
  }
};

// The cases are independent (one folder each) and mostly wait for npm, so they run at once.
describe('npm run build (scripts/build.ts)', { concurrency: true }, () => {
  test('runs every build:* step in package.json order into one folder, then replaces dist/ with it as a whole', withProject(async (project) => {
    const result = await project.build({ BASE: '/course/' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(await project.ran(), STEPS);
    assert.deepEqual(await project.distFiles(), ['graph.txt', 'search.txt', 'site.txt'], 'the old dist/ survived, or a step is missing');
    assert.equal(await readFile(join(project.dir, 'dist/site.txt'), 'utf8'), 'base=/course/', 'BASE reaches the steps');
    assert.match(result.stdout, /build: done in [\d.]+ s: build:graph → build:site → build:search → dist\//);
    assert.deepEqual(await project.leftovers(), []);
  }));

  test('builds dist/ where there was none', withProject(async (project) => {
    await rm(join(project.dir, 'dist'), { recursive: true });
    const result = await project.build();
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(await project.distFiles(), ['graph.txt', 'search.txt', 'site.txt']);
  }));

  test('a failing first step exits with its code, names it, runs no later step and leaves dist/ as it was', withProject(async (project) => {
    const result = await project.build({ STUB_FAIL_graph: '2' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /stub graph: this step fails/, 'the step’s own message is shown');
    assert.match(result.stderr, /build: FAILED at step "build:graph" \(exit 2\); dist\/ was left as it was/);
    assert.deepEqual(await project.ran(), ['graph']);
    await project.assertDistUntouched();
  }));

  test('a failing later step leaves dist/ as it was, not half-built from the steps before it', withProject(async (project) => {
    const result = await project.build({ STUB_FAIL_site: '1' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /build: FAILED at step "build:site" \(exit 1\)/);
    assert.deepEqual(await project.ran(), ['graph', 'site']);
    await project.assertDistUntouched();
  }));

  test('a build:* script added to package.json runs as a step without code changes', withProject(async (project) => {
    await project.writeScripts({ ...stepScripts(), 'build:zz-extra': 'node -e "process.exit(3)"' });
    const result = await project.build();
    assert.equal(result.status, 3);
    assert.match(result.stderr, /build: FAILED at step "build:zz-extra" \(exit 3\)/);
    assert.deepEqual(await project.ran(), STEPS);
    await project.assertDistUntouched();
  }));

  test('fails, saying so, when package.json has no build:* scripts', withProject(async (project) => {
    await project.writeScripts({ test: 'true' });
    const result = await project.build();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /build: package\.json has no build:\* scripts/);
    await project.assertDistUntouched();
  }));
});

describe('npm run build when dist/ cannot be replaced, or another build runs', { concurrency: true }, () => {
  const asRoot = process.getuid?.() === 0;

  /**
   * Makes `path` impossible to delete: immutable (`chattr +i`) as root, who ignores permissions;
   * otherwise its folder read-only. Returns the undo.
   */
  function pin(path: string): () => void {
    const run = (command: string, ...args: string[]) => {
      const result = runScript(command, args);
      assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
    };
    if (asRoot) {
      run('chattr', '+i', path);
      return () => run('chattr', '-i', path);
    }
    run('chmod', 'a-w', dirname(path));
    return () => run('chmod', 'u+w', dirname(path));
  }

  /** Builds with `path` pinned (undeletable), and unpins it whatever happens. */
  async function buildPinned(project: StubProject, path: string) {
    const undo = pin(path);
    try {
      return await project.build();
    } finally {
      undo();
    }
  }

  test('a file in dist/ that cannot be deleted fails the build before any step, names the file, and leaves dist/ whole', withProject(async (project) => {
    const result = await buildPinned(project, join(project.dir, 'dist/marker-from-the-last-good-build.txt'));
    assert.equal(result.status, 1);
    assert.equal(
      // The last line: a SITE warning may come first.
      result.stderr.trim().split('\n').at(-1),
      asRoot
        ? 'build: FAILED: dist/ cannot be replaced: dist/marker-from-the-last-good-build.txt is immutable (chattr +i), so it cannot be deleted or moved: run "chattr -i dist/marker-from-the-last-good-build.txt" (as root). Nothing was built; dist/ was left as it was.'
        : 'build: FAILED: dist/ cannot be replaced: dist/ is read-only (its files cannot be deleted): make it writable (chmod -R u+w dist). Nothing was built; dist/ was left as it was.',
    );
    assert.deepEqual(await project.ran(), []);
    await project.assertDistUntouched();
  }));

  test('a dist/ that cannot be moved fails the build with a message, not a stack trace, and leaves nothing behind', withProject(async (project) => {
    const result = await buildPinned(project, join(project.dir, 'dist'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^build: FAILED: dist\/ cannot be replaced: .*Nothing was built; dist\/ was left as it was\.$/m);
    assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
    await project.assertDistUntouched();
  }));

  test('a file made undeletable while the steps run is caught at the swap: the new site is not half swapped in', withProject(async (project) => {
    // The last step pins the old dist/ (as a person or another tool might while the build runs).
    const pinCommand = asRoot ? 'chattr +i dist/marker-from-the-last-good-build.txt' : 'chmod a-w dist';
    await project.writeScripts({ ...stepScripts(), 'build:zz-pin': pinCommand });
    let result;
    try {
      result = await project.build();
    } finally {
      runScript('sh', ['-c', asRoot ? 'chattr -i dist/marker-from-the-last-good-build.txt' : 'chmod u+w dist'], { cwd: project.dir });
    }
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^build: FAILED replacing dist\/: .*The new site was built but not swapped in; dist\/ was left as it was\.$/m);
    await project.assertDistUntouched();
  }));

  /** Leaves a lock as a build would: the lock folder (touched `ageMs` ago; a negative age is ahead of now) and its holder's description. */
  async function leaveLock(project: StubProject, holder: { pid: number; started: string }, ageMs: number): Promise<void> {
    await mkdir(join(project.dir, '.build.lock'));
    await writeFile(join(project.dir, '.build.lock.json'), JSON.stringify({ ...holder, token: 'other' }));
    const at = new Date(Date.now() - ageMs);
    await utimes(join(project.dir, '.build.lock'), at, at);
  }

  test('another build running in the folder stops this one and names it', withProject(async (project) => {
    // Touched an hour ahead: the lock stays fresh however long the build takes to start on a busy machine.
    await leaveLock(project, { pid: 4242, started: '2026-01-01T00:00:00.000Z' }, -3_600_000);
    const result = await project.build();
    assert.equal(result.status, 1, result.stderr);
    assert.equal(
      // The last line: a SITE warning may come first.
      result.stderr.trim().split('\n').at(-1),
      'build: another build (pid 4242, started 2026-01-01T00:00:00.000Z) is running in this folder and writes src/data/graph.json: wait for it to finish, then build again (or build in another copy of the project); if no build runs, the lock is stale after 10 s without an update and the next build takes it over (or delete .build.lock); dist/ was left as it was.',
    );
    assert.deepEqual(await project.ran(), []);
    await project.assertDistUntouched();
  }));

  test('two builds started at once: one builds, the other stops and names it', withProject(async (project) => {
    const [first, second] = await Promise.all([project.build(), project.build()]);
    const results = [first, second].sort((a, b) => a.status - b.status);
    assert.equal(results[0]!.status, 0, results[0]!.stderr);
    assert.equal(results[1]!.status, 1);
    assert.match(results[1]!.stderr, /^build: another build \(pid \d+, started .*\) is running in this folder/m);
    assert.deepEqual(await project.ran(), STEPS, 'the steps ran once');
    assert.deepEqual(await project.leftovers(), []);
  }));

  test('a stale lock is taken over even when its pid is alive again (reused by another program), and what the killed build left is removed', withProject(async (project) => {
    // This test's own process is alive: a pid check would wait for ever; the lock's age decides.
    const gone = process.pid;
    await leaveLock(project, { pid: gone, started: '2026-01-01T00:00:00.000Z' }, 60_000);
    await mkdir(join(project.dir, `.dist-staging-${gone}/essays`), { recursive: true });
    await mkdir(join(project.dir, `.dist-previous-${gone}`), { recursive: true });
    const result = await project.build();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`build: took over a stale build lock \\(\\.build\\.lock of pid ${gone}, started 2026-01-01T00:00:00\\.000Z, not updated for \\d+ s: that build was killed\\)`));
    assert.match(result.stdout, new RegExp(`build: removed \\.dist-staging-${gone}, left by an earlier build that did not finish`));
    assert.match(result.stdout, new RegExp(`build: removed \\.dist-previous-${gone}, left by an earlier build that did not finish`));
    assert.deepEqual(await project.leftovers(), []);
    await assert.rejects(readFile(join(project.dir, '.build.lock.json')), { code: 'ENOENT' }, 'the lock is released');
    await assert.rejects(readdir(join(project.dir, '.build.lock')), { code: 'ENOENT' }, 'the lock is released');
  }));

  test('a file named .build.lock (an older lock, or a stray file) fails with what to delete, not a stack trace', withProject(async (project) => {
    await writeFile(join(project.dir, '.build.lock'), JSON.stringify({ pid: 1, token: 'old', started: 'x' }));
    const result = await project.build();
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').at(-1), 'build: .build.lock is a file, not the lock folder builds make (left by an older version of the build, or put there by hand), so no build can take the lock: no build holds it; delete it (rm .build.lock) and build again; dist/ was left as it was.');
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    await project.assertDistUntouched();
  }));

  test('dist being a file fails before any step with what to do, and leaves it as it was', withProject(async (project) => {
    await rm(join(project.dir, 'dist'), { recursive: true });
    await writeFile(join(project.dir, 'dist'), 'not a folder');
    const result = await project.build();
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').at(-1), 'build: FAILED: dist is a file, not a folder, so the built site cannot replace it: move it away (mv dist dist.old) and build again. Nothing was built; dist was left as it was.');
    assert.deepEqual(await project.ran(), []);
    assert.equal(await readFile(join(project.dir, 'dist'), 'utf8'), 'not a folder');
  }));

  test('a bad environment variable fails before any step, one line each, and a bug in a step is one line with a log', withProject(async (project) => {
    const bad = await project.build({ MAP_TOP_CLAIMS: 'abc', BASE: '/a/%2e%2e/', PAGEFIND_BINARY_PATH: '/nonexistent/pagefind' });
    assert.equal(bad.status, 1);
    assert.deepEqual(bad.stderr.trim().split('\n'), [
      'environment: error: MAP_TOP_CLAIMS="abc" is not a whole number above 0: unset it or give one, e.g. MAP_TOP_CLAIMS=60',
      'environment: error: BASE="/a/%2e%2e/" holds "%2e", a percent-encoded ".", which browsers decode, so links could resolve outside the base: write the path plainly; set it to the path the site is served under, e.g. BASE=/course/argmap/',
      'environment: error: PAGEFIND_BINARY_PATH="/nonexistent/pagefind": there is no such file: point it at the pagefind binary, or unset it to use the one the pagefind npm package ships',
    ]);
    assert.deepEqual(await project.ran(), []);
    await project.writeScripts({ ...stepScripts(), 'build:zz-crash': 'node -e "function deep() { null.text } deep()"' });
    const crash = await project.build();
    assert.equal(crash.status, 1);
    assert.doesNotMatch(crash.stderr, /^\s+at /m, 'no stack trace on the terminal');
    const note = /^build: step "build:zz-crash": it printed a stack trace \(\d+ lines hidden\): a bug, not a problem with your files; the full output is in (\S+)$/m.exec(crash.stderr);
    assert.ok(note, crash.stderr);
    assert.match(await readFile(note[1]!, 'utf8'), /TypeError: Cannot read properties of null \(reading 'text'\)\n\s+at deep/);
    await project.assertDistUntouched();
  }));

  test('a build killed with SIGKILL leaves dist/ as it was, and the next build cleans up after it', withProject(async (project) => {
    await project.writeScripts({ ...stepScripts(), 'build:site': 'node -e "setTimeout(() => {}, 60000)"' });
    // Its own process group, so the kill takes the runner and the step it started, as a killed terminal would.
    const { child, done } = startScript(process.execPath, ['scripts/build.ts'], { cwd: project.dir, detached: true });
    // Wait until the slow step runs (the graph stub has logged), then kill the runner outright.
    for (let tries = 0; tries < 600 && !(await project.ran()).includes('graph'); tries++) await new Promise((done) => setTimeout(done, 50));
    // Its end, not its output's: a step it started may hold the pipes a while longer.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    assert.deepEqual(await project.distFiles(), ['marker-from-the-last-good-build.txt'], 'dist/ was touched');
    assert.equal((await project.leftovers()).length, 1, 'the killed build left its staging folder');
    await project.writeScripts(stepScripts());
    // Its lock is still fresh: a build now is refused, saying when it goes stale; once stale it is taken over.
    // (Touched an hour ahead, as its heartbeat would have kept it, however long this build takes to start.)
    const ahead = new Date(Date.now() + 3_600_000);
    await utimes(join(project.dir, '.build.lock'), ahead, ahead);
    const early = await project.build();
    assert.equal(early.status, 1);
    assert.match(early.stderr, /the lock is stale after 10 s without an update and the next build takes it over \(or delete \.build\.lock\)/);
    const old = new Date(Date.now() - 60_000);
    await utimes(join(project.dir, '.build.lock'), old, old);
    const result = await project.build();
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(await project.leftovers(), []);
    // What the killed build printed holds no stack trace either (done rejects if it does).
    assert.equal((await done).signal, 'SIGKILL');
  }));
});
