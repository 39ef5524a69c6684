import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_ENV_NAMES, BuildEnvError, readBuildEnv } from '../../../src/env/build-env.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { runScript } from '../../helpers/run-script.ts';
import escapeStringRegexp from 'escape-string-regexp';

/** The problems readBuildEnv reports for `env`, one line each; [] when it is accepted. */
function problems(env: Record<string, string>): readonly string[] {
  try {
    readBuildEnv(env, ROOT);
    return [];
  } catch (error) {
    if (!(error instanceof BuildEnvError)) throw error;
    return error.problems;
  }
}

describe('readBuildEnv', () => {
  test('accepts an empty environment and good values', () => {
    assert.deepEqual(problems({}), []);
    assert.deepEqual(problems({ SITE: 'https://teach.example.edu', BASE: '/course/argmap/', CONTENT_DIR: 'tests/fixtures/good', MAP_TOP_CLAIMS: '1', NEW_SITE: 'yes', OUT_DIR: 'dist', GRAPH_OUT: '/tmp/g.json' }), []);
  });

  test('rejects BASE with percent-encoded dots, slashes, backslashes and NUL, and control characters', () => {
    for (const [base, what] of [['/a/%2e%2e/', '"."'], ['/a%2fb/', 'slash'], ['/a%2F..%2F/', 'slash'], ['/a/%5c/', 'slash'], ['/a%00/', 'NUL']]) {
      const [line] = problems({ BASE: base! });
      assert.match(line ?? '', new RegExp(`^BASE=${escapeStringRegexp(JSON.stringify(base))} holds "%..", a percent-encoded ${what}`), base);
    }
    assert.match(problems({ BASE: '/a\nb/' })[0] ?? '', /holds a control character/);
    assert.match(problems({ BASE: '/a/../b/' })[0] ?? '', /contains "\.\."/);
  });

  test('names a missing or file-valued CONTENT_DIR', () => {
    assert.deepEqual(problems({ CONTENT_DIR: 'no-such-folder' }), [`CONTENT_DIR="no-such-folder": there is no folder ${join(ROOT, 'no-such-folder')}: create it or point CONTENT_DIR at the content folder (default: content)`]);
    assert.deepEqual(problems({ CONTENT_DIR: 'package.json' }), [`CONTENT_DIR="package.json" is a file (${join(ROOT, 'package.json')}), not a folder: point CONTENT_DIR at a folder`]);
  });

  test('refuses DIST_DIR, once an alias of OUT_DIR, saying to set OUT_DIR instead', () => {
    assert.deepEqual(problems({ DIST_DIR: 'public-site' }), ['DIST_DIR="public-site" is no longer read: every build step writes to OUT_DIR; set OUT_DIR="public-site" instead and unset DIST_DIR']);
  });

  test('rejects MAP_TOP_CLAIMS, NEW_SITE, PAGEFIND_BINARY_PATH, OUT_DIR and GRAPH_OUT that cannot work, all at once', () => {
    assert.deepEqual(problems({ MAP_TOP_CLAIMS: 'abc', NEW_SITE: 'maybe', PAGEFIND_BINARY_PATH: 'package.json', OUT_DIR: 'package.json', GRAPH_OUT: 'src' }), [
      'MAP_TOP_CLAIMS="abc" is not a whole number above 0: unset it or give one, e.g. MAP_TOP_CLAIMS=60',
      'NEW_SITE="maybe" is not a yes or no: set NEW_SITE=1 for a new site with nothing published yet, or unset it',
      `OUT_DIR="package.json" is a file (${join(ROOT, 'package.json')}), not a folder: point OUT_DIR at a folder`,
      `GRAPH_OUT="src" is a folder (${join(ROOT, 'src')}): point GRAPH_OUT at a file, e.g. GRAPH_OUT=src/data/graph.json`,
      'PAGEFIND_BINARY_PATH="package.json" is not executable: chmod +x it, or point it at the pagefind binary, or unset it to use the one the pagefind npm package ships',
    ]);
    for (const value of ['0', '-3', '1.5', '1e3', ' ', '６']) assert.equal(problems({ MAP_TOP_CLAIMS: value }).length, 1, value);
  });

  test('the README lists every variable the schema reads, and the code reads none it does not', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    for (const name of BUILD_ENV_NAMES) assert.match(readme, new RegExp(`\`${name}\``), `${name} is in the README`);
    const read = runScript('grep', ['-rhoE', 'process\\.env\\.[A-Z_]+|env\\.[A-Z][A-Z_]+', 'src', 'scripts', 'astro.config.mjs'], { cwd: ROOT }).stdout;
    const names = new Set(read.split('\n').filter(Boolean).map((match) => match.replace(/^.*env\./, '')));
    // Not the user's: Astro's telemetry switch (set for its child) and import.meta.env.BASE_URL (Astro's, from BASE).
    for (const own of ['ASTRO_TELEMETRY_DISABLED', 'BASE_URL']) names.delete(own);
    assert.deepEqual([...names].filter((name) => !(BUILD_ENV_NAMES as string[]).includes(name)).sort(), []);
  });
});
