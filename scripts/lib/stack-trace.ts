/**
 * What a stack trace looks like in a program's output: a frame ("    at f (file.ts:1:2)"), Node's own
 * internals, or an "Error:" line followed by frames. The one home of the test every spawned script's
 * output must pass (tests/helpers/run-script.ts, ProjectCopy): a trace is never shown on a terminal.
 */
const TRACE_SIGNS: readonly (readonly [string, RegExp])[] = [
  ['a stack frame', /^\s+at .+:\d+:\d+\)?$/m],
  ['a frame inside Node', /node:internal/],
  ['"Error:" followed by frames', /Error:.*\n\s+at /],
];

/** The first line of `output` that is part of a stack trace, and which sign gave it away; undefined when there is none. */
export function stackTraceIn(output: string): { sign: string; line: string } | undefined {
  for (const [sign, pattern] of TRACE_SIGNS) {
    const match = pattern.exec(output);
    if (!match) continue;
    const start = output.lastIndexOf('\n', match.index) + 1;
    const end = output.indexOf('\n', match.index + match[0].length);
    return { sign, line: output.slice(start, end === -1 ? undefined : end).trim() };
  }
  return undefined;
}

/** Throws when `output` (a program's stdout and stderr) holds a stack trace, naming `what` printed it. */
export function assertNoStackTrace(what: string, output: string): void {
  const trace = stackTraceIn(output);
  if (trace) throw new Error(`${what} printed a stack trace (${trace.sign}: "${trace.line}"); its output:\n${output}`);
}
