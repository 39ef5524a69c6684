/**
 * A bad SITE or BASE stops the build before any step runs, in one line that names the variable, the
 * value and a good example, with no stack trace: from `npm run build` (scripts/build.ts) and from
 * astro.config.mjs (for `astro build`/`astro dev` run alone). Neither touches dist/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runScript } from '../../helpers/run-script.ts';
import { resolve } from 'node:path';
import { copyProject } from '../../../scripts/lib/project-copy.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const BAD: Array<[name: 'SITE' | 'BASE', value: string]> = [
  ['SITE', 'not a url'],
  ['SITE', 'javascript:alert(1)//'],
  ['SITE', 'https://example.org/course/'],
  ['BASE', 'course'],
  ['BASE', 'https://evil.example/'],
  ['BASE', '/course/../../etc/'],
];

/** Runs a Node 22 command in the project with one variable set; returns exit status and output. */
function run(args: string[], env: Record<string, string>) {
  const result = runScript(process.execPath, args, { cwd: ROOT, env: { ...process.env, SITE: '', BASE: '', ...env, OUT_DIR: '/nonexistent/never-written' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertOneLine(output: { status: number | null; stdout: string; stderr: string }, name: string, value: string, example: RegExp) {
  assert.equal(output.status, 1, `exit status; stderr:\n${output.stderr}`);
  const lines = output.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${output.stderr}`);
  assert.ok(lines[0]!.includes(`${name}=${JSON.stringify(value)}`), `names ${name} and its value: ${lines[0]}`);
  assert.match(lines[0]!, example, 'gives a good example');
  assert.doesNotMatch(output.stderr, /\bat .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.equal(output.stdout, '', 'nothing else printed');
}

describe('scripts/build.ts with a bad SITE or BASE', () => {
  for (const [name, value] of BAD) {
    test(`${name}=${JSON.stringify(value)} fails before any step, in one line`, () => {
      assertOneLine(run(['scripts/build.ts'], { [name]: value }), name, value, name === 'SITE' ? /e\.g\. SITE=https:\/\// : /e\.g\. BASE=\/course\/argmap\//);
    });
  }

  test('without SITE, warns in one line, once, before the first step', async () => {
    // A copy whose package.json has no build steps: build.ts checks the address, then stops.
    const copy = await copyProject();
    try {
      await copy.write('package.json', JSON.stringify({ name: 'x', type: 'module', scripts: {} }));
      const result = runScript(process.execPath, ['scripts/build.ts'], { cwd: copy.dir, env: { ...process.env, SITE: '', BASE: '' } });
      const lines = result.stderr.trimEnd().split('\n');
      assert.equal(lines.filter((line) => /SITE is not set/.test(line)).length, 1, result.stderr);
      assert.match(lines[0]!, /^build: warning: SITE is not set, .*no canonical link, og:url or og:image.*SITE=https:\/\//);
    } finally {
      await copy.dispose();
    }
  });
});

describe('scripts/build.ts on a host, without SITE', () => {
  const HOSTS: Array<[env: Record<string, string>, line: string]> = [
    [{ NETLIFY: 'true', CONTEXT: 'production', URL: 'https://a.netlify.app' }, "build: address https://a.netlify.app/ (origin from Netlify's URL (CONTEXT=production); SITE unset)"],
    [{ CF_PAGES_URL: 'https://1a2b.c.pages.dev' }, "build: address https://1a2b.c.pages.dev/ (origin from Cloudflare Pages' CF_PAGES_URL; SITE unset)"],
    [{ VERCEL_PROJECT_PRODUCTION_URL: 'c.vercel.app' }, "build: address https://c.vercel.app/ (origin from Vercel's VERCEL_PROJECT_PRODUCTION_URL; SITE unset)"],
    [{ CF_PAGES_URL: 'https://1a2b.c.pages.dev', VERCEL_PROJECT_PRODUCTION_URL: 'c.vercel.app', SITE: 'https://argmap.example.edu' }, 'build: address https://argmap.example.edu/ (origin from SITE)'],
  ];

  test('says in one line which address it used, SITE winning', async () => {
    const copy = await copyProject();
    try {
      await copy.write('package.json', JSON.stringify({ name: 'x', type: 'module', scripts: {} }));
      for (const [env, line] of HOSTS) {
        const clear = { SITE: '', BASE: '', NETLIFY: '', CONTEXT: '', URL: '', CF_PAGES_URL: '', VERCEL_PROJECT_PRODUCTION_URL: '', GITHUB_PAGES: '' };
        const result = runScript(process.execPath, ['scripts/build.ts'], { cwd: copy.dir, env: { ...process.env, ...clear, ...env } });
        assert.deepEqual(result.stdout.split('\n').filter((text) => text.startsWith('build: address')), [line], result.stdout + result.stderr);
        assert.doesNotMatch(result.stderr, /SITE is not set/);
      }
    } finally {
      await copy.dispose();
    }
  });
});

describe('astro.config.mjs with a bad SITE or BASE', () => {
  for (const [name, value] of BAD) {
    test(`${name}=${JSON.stringify(value)} stops the config in one line`, () => {
      assertOneLine(run(['--input-type=module', '-e', "await import('./astro.config.mjs')"], { [name]: value }), name, value, /e\.g\. (SITE|BASE)=/);
    });
  }
});
