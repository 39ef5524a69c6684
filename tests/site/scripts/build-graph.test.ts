import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { runScript } from '../../helpers/run-script.ts';

/** Runs the graph step as `npm run build:graph` does, from the project root. */
function buildGraph(contentDir: string, graphOut: string) {
  const result = runScript(process.execPath, ['scripts/build-graph.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, GRAPH_OUT: graphOut },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/build-graph.ts', () => {
  test('prints every error of a broken content folder at once, untitled claims as to-dos, exits 1 and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-out-'));
    try {
      const out = join(dir, 'graph.json');
      await writeFile(out, '{"previous":true}\n');
      const run = buildGraph('tests/fixtures/bad/many-errors', out);
      assert.equal(run.status, 1);
      const at = 'tests/fixtures/bad/many-errors/essays';
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        `${at}/first.md:6:1: error: frontmatter field "published": "Dec 2022" is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2022-12" or "2022-12-22"`,
        `${at}/first.md:12:1: error: claim "first-thesis" has no title: add one to its attributes, our words for what it asserts as a whole sentence of at most 60 characters (title="Talks would only pause the war"; a reported view names its holder: title="Critics: diplomacy is weakness")`,
        `${at}/first.md:12:84: error: unknown claim kind "premise" on "first-keep": use one of thesis, reason, evidence, concession, reported, reader`,
        `${at}/first.md:14:1: error: supports names unknown claim "second-thessis": did you mean "second-thesis"?`,
        `${at}/first.md:16:1: warning: claim "first-lonely" has no relation: say what it supports or rebuts`,
        `${at}/second.md:12:1: error: claim "second-thesis" has no title: add one to its attributes, our words for what it asserts as a whole sentence of at most 60 characters (title="Talks would only pause the war"; a reported view names its holder: title="Critics: diplomacy is weakness")`,
        `${at}/second.md:12:1: error: thesis "second-thesis" is not linked to the question: add supports="question" or rebuts="question"`,
        `${at}/second.md:12:62: error: claim "second-empty" wraps no words: put the essay's words inside the brackets`,
        `${at}/second.md:14:1: error: duplicate claim id "first-more": first used at ${at}/first.md:14:1; give this claim an id of its own`,
        `${at}/second.md:18:1: error: claim id "Reader_Costs" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "greene-regime-security"`,
        '',
        'build-graph: 9 errors; nothing written. Fix them and run again.',
      ]);
      assert.equal(run.stdout, '');
      assert.equal(await readFile(out, 'utf8'), '{"previous":true}\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('names the missing question file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-out-'));
    try {
      const run = buildGraph('tests/fixtures/bad/no-question', join(dir, 'graph.json'));
      assert.equal(run.status, 1);
      assert.equal(
        run.stderr.split('\n')[0],
        'tests/fixtures/bad/no-question/question.json:1:1: error: the central question is missing: write {"id": "question", "text": "…?"} in this file',
      );
      await assert.rejects(readFile(join(dir, 'graph.json')), { code: 'ENOENT' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('writes the graph of good content and prints what it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-out-'));
    try {
      const out = join(dir, 'graph.json');
      const run = buildGraph('tests/fixtures/good', out);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^build-graph: 3 essays, 13 claims, 18 relations \(4 across essays\) -> /);
      const expected = await readFile(join(ROOT, 'tests/fixtures/good/expected-graph.json'), 'utf8');
      assert.equal(await readFile(out, 'utf8'), expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('prints a warning for a claim with no relation, and still writes the graph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-warn-'));
    try {
      await cp(join(ROOT, 'tests/fixtures/good'), join(dir, 'content'), { recursive: true });
      const essay = join(dir, 'content/essays/gamma.md');
      const text = await readFile(essay, 'utf8');
      await writeFile(essay, `${text}\nAlso :claim[nobody answers this]{#gamma-lonely kind=evidence title="Nobody answers this"}.\n`);
      // The capture has the new words too: the build checks every claim against it.
      await writeFile(join(dir, 'content/sources/gamma.txt'), `${await readFile(join(dir, 'content/sources/gamma.txt'), 'utf8')}Also nobody answers this.\n`);
      const out = join(dir, 'graph.json');
      const run = buildGraph(join(dir, 'content'), out);
      assert.equal(run.status, 0, run.stderr);
      const line = text.split('\n').length + 1;
      assert.equal(
        run.stderr,
        `${relative(ROOT, essay)}:${line}:6: warning: claim "gamma-lonely" has no relation: say what it supports or rebuts\n` +
          `${relative(ROOT, essay)}:${line}:1: warning: claim "gamma-lonely" is not in the ledger yet: run "npm run ledger" to record it as published, then commit ${relative(ROOT, join(dir, 'content/published.json'))}\n`,
      );
      const graph = JSON.parse(await readFile(out, 'utf8')) as { claims: { id: string }[] };
      assert.ok(graph.claims.some((claim) => claim.id === 'gamma-lonely'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('checks any content folder word for word against its captures (CONTENT_DIR)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-fidelity-'));
    try {
      await cp(join(ROOT, 'tests/fixtures/good'), join(dir, 'content'), { recursive: true });
      const essay = join(dir, 'content/essays/gamma.md');
      const text = await readFile(essay, 'utf8');
      await writeFile(essay, text.replace('Annexation rewarded is annexation repeated.', 'Annexation rewarded is annexation invited.'));
      const out = join(dir, 'graph.json');
      const run = buildGraph(join(dir, 'content'), out);
      assert.equal(run.status, 1);
      const at = relative(ROOT, essay);
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        `${at}:18:1: error: claim "gamma-annexation" is not word for word in gamma.txt: nearest capture text, with the difference marked ([-capture-] {+essay+}): "Annexation rewarded is annexation [-repeated-] {+invited+}."; copy the words exactly as captured`,
        `${at}:18:1: error: line 4 of capture gamma.txt is not in the essay: nearest essay text, with the difference marked ([-capture-] {+essay+}): "Annexation rewarded is annexation [-repeated-] {+invited+}. The world forced aggressors back before."; put the capture's words back verbatim, or list the line in captures.json if it is not body text`,
        '',
        'build-graph: 2 errors; nothing written. Fix them and run again.',
      ]);
      await assert.rejects(readFile(out), { code: 'ENOENT' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('prints no stack trace for any file of the bad corpus folders', () => {
    for (const folder of ['tests/fixtures/bad/many-errors', 'tests/fixtures/bad/no-question']) {
      const run = buildGraph(folder, join(tmpdir(), `never-written-${process.pid}.json`));
      assert.equal(run.status, 1);
      assert.doesNotMatch(run.stderr, /^\s+at |Error:|RangeError/m, folder);
    }
  });
});
