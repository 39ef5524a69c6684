/**
 * The one front door for errors: every npm script's entry point runs its work through `runScript`.
 *
 * - The environment is checked first (src/env/build-env.ts), before any work: a bad variable is one
 *   line, and the script exits 1 having done nothing.
 * - An expected problem (`ScriptError`, or a problem of the machine: a full disk, no permission, a file
 *   where a folder should be) prints `file[:line:column]: error: what is wrong, and what to do`.
 * - Anything else is a bug: one line saying so, in which step and on which file, and the full trace
 *   written to a log file whose path it gives. Never a stack trace on the terminal. Exit 1.
 *
 * Steps say where they are with `inStep('read content', file)`, so a bug names the step and the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { inspect } from 'node:util';
import { BuildEnvError, readBuildEnv } from '../../src/env/build-env.ts';
import { DataFileError } from '../../src/data-files/data-file-error.ts';

/** An expected problem: `lines` are printed as they are (each `file:line:column: error: …`). */
export class ScriptError extends Error {
  override name = 'ScriptError';
  readonly lines: readonly string[];
  constructor(lines: string | readonly string[], options?: ErrorOptions) {
    const list = typeof lines === 'string' ? [lines] : lines;
    super(list.join('\n'), options);
    this.lines = list;
  }
}

let step = 'start';
let stepFile: string | undefined;

/** Records where the script is, so that a bug report names the step and the file. */
export function inStep(name: string, file?: string): void {
  step = name;
  stepFile = file;
}

const ROOT = resolve(import.meta.dirname, '../..');
const shown = (path: string) => (path.startsWith(ROOT) ? relative(process.cwd(), path) || path : path);

/** What a machine error (errno) means, and what to do; undefined for codes that are not the user's to fix. */
const MACHINE: Record<string, (path: string) => string> = {
  ENOSPC: () => 'the disk is full (ENOSPC): free some space and run again',
  EDQUOT: () => 'the disk quota is used up (EDQUOT): free some space and run again',
  EACCES: (path) => `permission denied (EACCES): make it readable and writable by you (chmod u+rw ${path}) or run where you may write`,
  EPERM: (path) => `the operation is not permitted (EPERM): check the permissions and attributes of ${path} (lsattr, chmod)`,
  EROFS: () => 'the file system is read-only (EROFS): build in a writable copy of the project',
  ENOTDIR: (path) => `a file stands where a folder is needed (ENOTDIR) on the way to ${path}: move the file away`,
  EISDIR: (path) => `this is a folder where a file is needed (EISDIR): move ${path} away`,
  EEXIST: (path) => `this already exists (EEXIST): move ${path} away or choose another name`,
  ENOENT: (path) => `no such file or folder (ENOENT): create ${path} or fix the path`,
  EMFILE: () => 'too many open files (EMFILE): raise the limit (ulimit -n 4096) and run again',
  ENAMETOOLONG: () => 'the path is too long (ENAMETOOLONG): use a shorter path',
  ELOOP: (path) => `symbolic links loop (ELOOP) at ${path}: replace the link with the file itself`,
  EIO: () => 'the disk reported an input/output error (EIO): check the disk and run again',
};

/** The first errno error in `error`'s cause chain. */
function errnoOf(error: unknown): NodeJS.ErrnoException | undefined {
  for (let cause = error, depth = 0; cause && depth < 10; cause = (cause as Error).cause, depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code in MACHINE) return cause as NodeJS.ErrnoException;
  }
  return undefined;
}

/** The lines an expected error prints, or undefined when it is a bug. */
export function expectedLines(error: unknown): readonly string[] | undefined {
  if (error instanceof ScriptError || error instanceof DataFileError) return error.lines;
  if (error instanceof BuildEnvError) return error.problems.map((problem) => `environment: error: ${problem}`);
  const errno = errnoOf(error);
  if (errno) {
    // A write error need not carry its path (writeFile on a full disk does not): the step says which file.
    const path = errno.path ? shown(errno.path) : stepFile ? shown(stepFile) : undefined;
    const what = MACHINE[errno.code!]!(path ?? 'it');
    return [`${path ?? 'file system'}: error: ${what}${errno.syscall ? ` (while trying to ${errno.syscall})` : ''}`];
  }
  return undefined;
}

/** Where bug logs go: the system's temporary folder, which stays writable when the project is not. */
const LOG_DIR = join(tmpdir(), 'counterpoint-logs');

/** Writes `text` to a new log file named after `name`; returns its path, or why it could not be written. */
function writeLog(name: string, text: string): { path?: string; why?: string } {
  const path = join(LOG_DIR, `${name.replace(/[^A-Za-z0-9-]/g, '-')}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
  try {
    mkdirSync(LOG_DIR, { recursive: true });
    writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
    return { path };
  } catch (cause) {
    return { why: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message };
  }
}

/** Writes a step's whole output to a log; returns the words that point at it. */
export function writeTraceLog(name: string, text: string): string {
  const log = writeLog(name, text);
  return log.path ? `the full output is in ${log.path}` : `its output could not be written to a log (${log.why})`;
}

/** The one line a bug prints (the trace goes to the log). */
export function bugLine(name: string, error: unknown): string {
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 300);
  const body = [`script: ${name}`, `step: ${step}`, `file: ${stepFile ?? '-'}`, `argv: ${process.argv.join(' ')}`, `node: ${process.version}`, '', inspect(error, { depth: 8 })].join('\n');
  const log = writeLog(name, body);
  const where = `in step "${step}"${stepFile ? ` on ${stepFile}` : ''}`;
  const trace = log.path ? `the full trace is in ${log.path}: please report it with that file` : `the trace could not be written to a log (${log.why})`;
  return `${name}: bug: ${message} (${where}). This is a bug in Counterpoint, not a problem with your files; ${trace}. Nothing was published.`;
}

let reported = false;

/** Prints what `error` means, expected or a bug, once. */
export function report(name: string, error: unknown): void {
  if (reported) return;
  reported = true;
  const lines = expectedLines(error) ?? [bugLine(name, error)];
  for (const line of lines) console.error(line);
}

/**
 * Runs a script's `main` inside the error boundary. `main` returns the exit code (or nothing for 0).
 * With `checkEnv` (the default) the environment is checked first and nothing runs when it is bad.
 */
export async function runScript(name: string, main: () => Promise<number | void> | number | void, options: { checkEnv?: boolean } = {}): Promise<void> {
  const fail = (error: unknown) => {
    report(name, error);
    process.exitCode = 1;
  };
  const onUncaught = (error: unknown) => {
    fail(error);
    // An error thrown outside main (a timer, a stream) leaves nothing to wait for.
    process.exit(1);
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  try {
    if (options.checkEnv !== false) {
      inStep('check the environment');
      readBuildEnv(process.env, ROOT);
    }
    inStep('run');
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    fail(error);
  }
}
