/** A position in a file: where a problem is. */
export interface Place {
  /** File path as the user should see it (relative to the project root). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** Formats a problem at its place the way compilers do: `file:line:column: error: message`. The one format. */
export function formatProblem(problem: Place & { severity: 'error' | 'warning'; message: string }): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}
