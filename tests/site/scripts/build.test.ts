import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
