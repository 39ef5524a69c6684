import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { copyProject, type ProjectCopy } from '../../../scripts/lib/project-copy.ts';
import { useBuildContent } from '../../helpers/build-content.ts';

const ENV = { CONTENT_DIR: 'content' };
const MARKER = 'dist/marker-from-the-last-good-build.txt';

describe('npm run build (scripts/build.ts)', () => {
  let copy: ProjectCopy;
  let firstIndex: string;

  async function leftovers(): Promise<string[]> {
    return (await readdir(copy.dir)).filter((name) => name.startsWith('.dist-'));
  }

  async function assertDistUntouched(): Promise<void> {
    assert.equal(await readFile(join(copy.dir, MARKER), 'utf8'), 'good', 'dist/ was replaced or removed');
    assert.equal(await readFile(join(copy.dir, 'dist/index.html'), 'utf8'), firstIndex);
    assert.deepEqual(await leftovers(), [], 'a staging folder was left behind');
  }

  before(async () => {
    copy = await copyProject();
    await useBuildContent(copy);
    const result = copy.run('build', ENV);
    assert.equal(result.status, 0, `the good build failed:\n${result.stderr.slice(-3000)}`);
    await writeFile(join(copy.dir, MARKER), 'good');
    firstIndex = await readFile(join(copy.dir, 'dist/index.html'), 'utf8');
  });
  after(() => copy?.dispose());

  test('a build that succeeds replaces dist/ as a whole and names every step', async () => {
    const result = copy.run('build', ENV);
    assert.equal(result.status, 0, result.stderr.slice(-3000));
    assert.match(result.stdout, /build: done in [\d.]+ s: build:graph → build:site → .*dist\//);
    await assert.rejects(readFile(join(copy.dir, MARKER)), 'the old dist/ survived a successful build');
    await writeFile(join(copy.dir, MARKER), 'good');
    firstIndex = await readFile(join(copy.dir, 'dist/index.html'), 'utf8');
    assert.deepEqual(await leftovers(), []);
  });

  test('a failing graph step exits non-zero, names the step, and leaves dist/ as it was', async () => {
    const essays = (await readdir(join(copy.dir, 'content/essays'))).filter((name) => name.endsWith('.md'));
    const file = join(copy.dir, 'content/essays', essays[0]!);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\n\n:claim[Dangling words.]{#dangling-claim kind=reason supports=no-such-claim}\n`);
    try {
      const result = copy.run('build', ENV);
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /no-such-claim/);
      assert.match(result.stderr, /build: FAILED at step "build:graph" \(exit \d+\); dist\/ was left as it was/);
      await assertDistUntouched();
    } finally {
      await writeFile(file, text);
    }
  });

  test('a failing site step exits non-zero, names the step, and leaves dist/ as it was', async () => {
    await copy.write('src/pages/broken.astro', "---\nthrow new Error('this page cannot render');\n---\n<p>never</p>\n");
    try {
      const result = copy.run('build', ENV);
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /build: FAILED at step "build:site"/);
      await assertDistUntouched();
    } finally {
      await copy.remove('src/pages/broken.astro');
    }
  });

  test('a build:* script added to package.json runs as a step without code changes', async () => {
    const packageFile = join(copy.dir, 'package.json');
    const original = await readFile(packageFile, 'utf8');
    const pkg = JSON.parse(original) as { scripts: Record<string, string> };
    pkg.scripts['build:zz-extra'] = 'node -e "process.exit(3)"';
    await writeFile(packageFile, JSON.stringify(pkg, null, 2));
    try {
      const result = copy.run('build', ENV);
      assert.equal(result.status, 3);
      assert.match(result.stderr, /build: FAILED at step "build:zz-extra" \(exit 3\)/);
      await assertDistUntouched();
    } finally {
      await writeFile(packageFile, original);
    }
  });
});

describe('npm run build when dist/ cannot be replaced, or another build runs', () => {
  let copy: ProjectCopy;
  const asRoot = process.getuid?.() === 0;

  /**
   * Makes `path` (in the copy) impossible to delete: immutable (`chattr +i`) as root, who ignores
   * permissions; otherwise its folder read-only. Returns the undo.
   */
  function pin(path: string): () => void {
    const full = join(copy.dir, path);
    const run = (command: string, ...args: string[]) => {
      const result = spawnSync(command, args, { encoding: 'utf8' });
      assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
    };
    if (asRoot) {
      run('chattr', '+i', full);
      return () => run('chattr', '-i', full);
    }
    const folder = dirname(full);
    run('chmod', 'a-w', folder);
    return () => run('chmod', 'u+w', folder);
  }

  async function leftovers(): Promise<string[]> {
    return (await readdir(copy.dir)).filter((name) => name.startsWith('.dist-'));
  }

  before(async () => {
    copy = await copyProject();
    await useBuildContent(copy);
    const result = copy.run('build', ENV);
    assert.equal(result.status, 0, `the good build failed:\n${result.stderr.slice(-3000)}`);
  });
  after(() => copy?.dispose());

  test('a file in dist/ that cannot be deleted fails the build before it starts, names the file, and leaves dist/ whole', async () => {
    const before = await readFile(join(copy.dir, 'dist/index.html'), 'utf8');
    const undo = pin('dist/index.html');
    try {
      const result = copy.run('build', ENV);
      assert.equal(result.status, 1);
      assert.match(
        result.stderr,
        asRoot
          ? /^build: FAILED: dist\/ cannot be replaced: dist\/index\.html is immutable \(chattr \+i\), so it cannot be deleted or moved: run "chattr -i dist\/index\.html" \(as root\)\. Nothing was built; dist\/ was left as it was\.$/m
          : /^build: FAILED: dist\/ cannot be replaced: dist\/ is read-only \(its files cannot be deleted\): make it writable \(chmod -R u\+w dist\)\. Nothing was built; dist\/ was left as it was\.$/m,
      );
      assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
    } finally {
      undo();
    }
    assert.equal(await readFile(join(copy.dir, 'dist/index.html'), 'utf8'), before);
    assert.deepEqual(await leftovers(), []);
  });

  test('a dist/ folder that cannot be moved fails the build with a message, not a stack trace', async () => {
    const undo = pin('dist');
    try {
      const result = copy.run('build', ENV);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /^build: FAILED: dist\/ cannot be replaced: .*dist\/ was left as it was\.$/m);
      assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
    } finally {
      undo();
    }
    assert.deepEqual(await leftovers(), []);
  });

  test('another build running in the folder stops this one, naming it; build:graph waits for it too', async () => {
    // This test's own process stands for the other build: it is alive for the whole test.
    await writeFile(join(copy.dir, '.build.lock'), JSON.stringify({ pid: process.pid, token: 'other', started: '2026-01-01T00:00:00.000Z' }));
    try {
      const result = copy.run('build', ENV);
      assert.equal(result.status, 1);
      assert.equal(
        result.stderr.trim(),
        `build: another build (pid ${process.pid}, started 2026-01-01T00:00:00.000Z) is running in this folder and writes src/data/graph.json: wait for it to finish, then build again (or build in another copy of the project); dist/ was left as it was.`,
      );
      const graph = copy.run('build:graph', ENV);
      assert.equal(graph.status, 1);
      assert.match(graph.stderr, new RegExp(`^build-graph: another build \\(pid ${process.pid}, `, 'm'));
    } finally {
      await copy.remove('.build.lock');
    }
  });

  test('a later build removes what a killed build left: its lock, staging and previous folders', async () => {
    // A pid that no longer runs: a child that has exited.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(join(copy.dir, '.build.lock'), JSON.stringify({ pid: gone, token: 'killed', started: '2026-01-01T00:00:00.000Z' }));
    await mkdir(join(copy.dir, `.dist-staging-${gone}/essays`), { recursive: true });
    await mkdir(join(copy.dir, `.dist-previous-${gone}`), { recursive: true });
    const result = copy.run('build', ENV);
    assert.equal(result.status, 0, result.stderr.slice(-3000));
    assert.match(result.stdout, new RegExp(`build: removed \\.dist-staging-${gone}, left by an earlier build that did not finish`));
    assert.deepEqual(await leftovers(), []);
    await assert.rejects(readFile(join(copy.dir, '.build.lock')), { code: 'ENOENT' }, 'the lock is released');
  });
});
