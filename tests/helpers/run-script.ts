/**
 * The one way the suite runs a program (a script, the build, npm, git, java): its output is returned and
 * checked for a stack trace, which must never reach a terminal (issue 25). Tests import this instead of
 * node:child_process (tests/unit/helpers/run-script.test.ts checks that); ProjectCopy's `run` and `node`
 * make the same check.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions, type SpawnSyncOptions } from 'node:child_process';
import { assertNoStackTrace } from '../../scripts/lib/stack-trace.ts';

/** What a finished program left. */
export interface RunResult {
  /** Its exit code (1 when it was killed or could not start). */
  status: number;
  /** The signal that ended it, if any. */
  signal: NodeJS.Signals | null;
  /** Its standard output. */
  stdout: string;
  /** Its standard error. */
  stderr: string;
}

const describe = (command: string, args: readonly string[]) => [command, ...args].join(' ');

/** Runs `command` to the end; throws when it cannot start or its output holds a stack trace. */
export function runScript(command: string, args: readonly string[], options: Omit<SpawnSyncOptions, 'encoding'> = {}): RunResult {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  if (result.error) throw new Error(`${describe(command, args)} could not run`, { cause: result.error });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  assertNoStackTrace(describe(command, args), `${stdout}\n${stderr}`);
  return { status: result.status ?? 1, signal: result.signal, stdout, stderr };
}

/** A program started in the background, and the promise of its result (rejected on a stack trace). */
export interface StartedScript {
  /** The running process (to signal it). */
  child: ChildProcess;
  /** Its result once it closes. */
  done: Promise<RunResult>;
}

/**
 * Starts `command` without waiting for it; its output is collected and checked when it closes.
 * `thirdPartyNoise` is a trace a third-party program is known to print on every run (named where it is
 * passed): it is left out of the check, and the caller asserts nothing else is there.
 */
export function startScript(command: string, args: readonly string[], options: Omit<SpawnOptions, 'stdio'> = {}, thirdPartyNoise?: RegExp): StartedScript {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise<RunResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      try {
        assertNoStackTrace(describe(command, args), `${stdout}\n${stderr}`.replace(thirdPartyNoise ?? /$^/, ''));
        resolve({ status: code ?? 1, signal, stdout, stderr });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
  return { child, done };
}

/** Runs `command` in the background to the end (see startScript). */
export const runScriptAsync = (command: string, args: readonly string[], options: Omit<SpawnOptions, 'stdio'> = {}, thirdPartyNoise?: RegExp): Promise<RunResult> =>
  startScript(command, args, options, thirdPartyNoise).done;
