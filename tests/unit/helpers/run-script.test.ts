import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { stackTraceIn } from '../../../scripts/lib/stack-trace.ts';
import { runScript } from '../../helpers/run-script.ts';

/** Every TypeScript file under `dir`, relative to the project. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => relative(ROOT, join(entry.parentPath, entry.name))).sort();
}

describe('stackTraceIn', () => {
  test('finds a frame, a frame inside Node, and "Error:" followed by frames', () => {
    assert.deepEqual(stackTraceIn('ok\n    at deep (/work/x.ts:12:3)\n'), { sign: 'a stack frame', line: 'at deep (/work/x.ts:12:3)' });
    assert.equal(stackTraceIn('    at file:///work/x.ts:12:3')?.sign, 'a stack frame');
    assert.equal(stackTraceIn('TypeError: boom\n    at async Promise.all (index 0)')?.sign, '"Error:" followed by frames');
    assert.equal(stackTraceIn('node:internal/modules/run_main:123')?.sign, 'a frame inside Node');
  });

  test('passes our messages, which name a file and line but are no frames', () => {
    assert.equal(stackTraceIn('essays/gamma.md:18:1: error: this is a code block; remove the indentation'), undefined);
    assert.equal(stackTraceIn('build: bug: TypeError: x (in step "map"); the full trace is in /tmp/counterpoint-logs/a.log'), undefined);
    assert.equal(stackTraceIn('the words "at once" and at 12:30 are not frames'), undefined);
  });
});

describe('runScript', () => {
  test('fails the test when the program prints a stack trace', () => {
    assert.throws(() => runScript(process.execPath, ['-e', 'throw new Error("planted")']), /printed a stack trace \(a stack frame: "at /);
  });

  test('returns what a quiet program printed', () => {
    const result = runScript(process.execPath, ['-e', 'console.error("x.md:1:1: error: planted"); process.exit(1)']);
    assert.deepEqual([result.status, result.stderr.trim()], [1, 'x.md:1:1: error: planted']);
  });
});

describe('the suite runs programs only through tests/helpers/run-script.ts', () => {
  test('no test file or helper imports node:child_process but run-script.ts', async () => {
    const offenders: string[] = [];
    for (const file of await sources('tests')) {
      if (file === join('tests', 'helpers', 'run-script.ts')) continue;
      const text = await readFile(join(ROOT, file), 'utf8');
      if (/['"](?:node:)?child_process['"]/.test(text)) offenders.push(file);
    }
    assert.deepEqual(offenders, [], 'these spawn programs without the stack-trace check: use runScript, runScriptAsync or startScript');
  });

  test('the project copies the tests build in check their programs\' output too', async () => {
    const text = await readFile(join(ROOT, 'scripts/lib/project-copy.ts'), 'utf8');
    const spawns = text.match(/\bspawn(?:Sync)?\(/g)?.length ?? 0;
    const checks = text.match(/assertNoStackTrace\(/g)?.length ?? 0;
    assert.ok(spawns > 0 && checks === spawns, `${spawns} spawns, ${checks} checks`);
  });
});
