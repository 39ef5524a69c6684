import { spawn, type SpawnOptions } from 'node:child_process';
import { writeTraceLog } from './error-boundary.ts';

// A stack frame ("    at f (file:1:2)", "node:internal/…"): never shown on the terminal, kept in a log.
const FRAME = /^\s+at\s|^node:internal\/|^\s+\^+$/;

/**
 * Runs `command` with its output shown as it comes, except stack traces: when it prints one (a bug in
 * it, or in a library it calls), its whole error output goes to a log, named in one line on stderr.
 * Resolves to its exit code (128 when killed by a signal).
 */
export function spawnWithoutTraces(name: string, command: string, args: readonly string[], options: SpawnOptions): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['inherit', 'inherit', 'pipe'] });
    let all = '';
    let pending = '';
    let frames = 0;
    const show = (line: string) => {
      if (FRAME.test(line)) frames++;
      else process.stderr.write(`${line}\n`);
    };
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      all += chunk;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      lines.forEach(show);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (pending) show(pending);
      if (frames > 0) console.error(`${name}: it printed a stack trace (${frames} lines hidden): a bug, not a problem with your files; ${writeTraceLog(name, all)}`);
      done(code ?? (signal ? 128 : 1));
    });
  });
}
