import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runScript } from '../../helpers/run-script.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScriptError, expectedLines } from '../../../scripts/lib/error-boundary.ts';
import { BuildEnvError } from '../../../src/env/build-env.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';

const errno = (code: string, path: string, syscall = 'write') => Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, path, syscall });

describe('expectedLines', () => {
  test('prints a full disk, a permission, and a file where a folder goes as file: error lines with the fix', () => {
    assert.deepEqual(expectedLines(errno('ENOSPC', '/tmp/out/graph.json')), ['/tmp/out/graph.json: error: the disk is full (ENOSPC): free some space and run again (while trying to write)']);
    assert.deepEqual(expectedLines(new Error('could not write the graph', { cause: errno('EACCES', '/srv/site/src/data/graph.json', 'open') })), [
      '/srv/site/src/data/graph.json: error: permission denied (EACCES): make it readable and writable by you (chmod u+rw /srv/site/src/data/graph.json) or run where you may write (while trying to open)',
    ]);
    assert.deepEqual(expectedLines(errno('ENOTDIR', '/srv/dist/index.html', 'mkdir')), ['/srv/dist/index.html: error: a file stands where a folder is needed (ENOTDIR) on the way to /srv/dist/index.html: move the file away (while trying to mkdir)']);
  });

  test('passes expected problems through, and calls anything else a bug', () => {
    assert.deepEqual(expectedLines(new ScriptError(['a.md:1:2: error: x'])), ['a.md:1:2: error: x']);
    assert.deepEqual(expectedLines(new BuildEnvError(['MAP_TOP_CLAIMS="abc" is not a whole number'])), ['environment: error: MAP_TOP_CLAIMS="abc" is not a whole number']);
    assert.equal(expectedLines(new TypeError("Cannot read properties of undefined (reading 'text')")), undefined);
  });
});

describe('runScript', () => {
  test('a full disk (zip written to /dev/full) is one error line, no trace, exit 1', { skip: process.platform !== 'linux' && 'needs /dev/full' }, () => {
    const result = runScript(process.execPath, ['scripts/zip-dist.ts', '/dev/full'], { cwd: ROOT, env: { ...process.env } });
    // Without a built dist/ the script stops first, saying so: both are expected problems, not traces.
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    assert.match(result.stderr, /^(\/dev\/full: error: the disk is full \(ENOSPC\): free some space and run again \(while trying to write\)|zip: dist\/index\.html not found: .*)$/m);
  });

  test('a bad environment stops build:graph before any work, one line per variable', () => {
    const result = runScript(process.execPath, ['scripts/build-graph.ts'], { cwd: ROOT, env: { ...process.env, MAP_TOP_CLAIMS: 'abc', CONTENT_DIR: 'no-such-folder', GRAPH_OUT: '/tmp/never-written.json' } });
    assert.equal(result.status, 1);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'environment: error: MAP_TOP_CLAIMS="abc" is not a whole number above 0: unset it or give one, e.g. MAP_TOP_CLAIMS=60',
      `environment: error: CONTENT_DIR="no-such-folder": there is no folder ${join(ROOT, 'no-such-folder')}: create it or point CONTENT_DIR at the content folder (default: content)`,
    ]);
  });

  test('a bug is one line naming the step and the file, with the trace in the log it names', () => {
    const result = runScript(process.execPath, ['--input-type=module', '-e', `
      import { runScript, inStep } from ${JSON.stringify(join(ROOT, 'scripts/lib/error-boundary.ts'))};
      await runScript('demo', async () => { inStep('render the map', 'content/essays/x.md'); const node = undefined; return node.text; }, { checkEnv: false });
    `], { cwd: ROOT });
    assert.equal(result.status, 1);
    const match = /^demo: bug: TypeError: Cannot read properties of undefined \(reading 'text'\) \(in step "render the map" on content\/essays\/x\.md\)\. This is a bug in Counterpoint, not a problem with your files; the full trace is in (\S+): please report it with that file\. Nothing was published\.$/.exec(result.stderr.trim());
    assert.ok(match, result.stderr);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    return readFile(match[1]!, 'utf8').then((log) => assert.match(log, /step: render the map\nfile: content\/essays\/x\.md\n[\s\S]*TypeError: Cannot read properties of undefined \(reading 'text'\)\n\s+at /));
  });
});
