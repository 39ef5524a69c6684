/**
 * The step runner on its own: scripts/build.ts in a throwaway folder whose `build:*` steps are stubs,
 * so each case takes a fraction of a second. (A real build that fails at the graph step is in
 * tests/site/scripts/build-broken-content.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/project-copy.ts';

// A step: appends its name to ran.log (beside package.json, outside the output folder), checks that
// OUT_DIR and DIST_DIR name the same folder, writes <name>.txt there with the BASE it was given, and
// exits with STUB_FAIL_<name>'s code when that is set, after a line on stderr.
const STUB = `
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const name = process.argv[2];
appendFileSync('ran.log', name + '\\n');
if (!process.env.OUT_DIR || process.env.OUT_DIR !== process.env.DIST_DIR) { console.error('OUT_DIR and DIST_DIR differ'); process.exit(9); }
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
  for (const file of ['build.ts', 'build-steps.ts']) await cp(join(ROOT, 'scripts', file), join(dir, 'scripts', file));
  // The runner checks SITE and BASE before any step, with the site's own check.
  await cp(join(ROOT, 'src/urls/site-address.ts'), join(dir, 'src/urls/site-address.ts'), { recursive: true });
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
    build: (env: Record<string, string> = {}) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, env: { ...process.env, ...env } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('error', fail);
        child.on('close', (code) => done({ status: code ?? 1, stdout, stderr }));
      }),
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
