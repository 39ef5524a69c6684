/** Where a problem is, and what to do about it. */
export interface Problem {
  /** `error` fails the build; `warning` is printed and the build goes on. */
  severity: 'error' | 'warning';
  /** File path as the user should see it (relative to the project root). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A position in a file. */
export interface Place {
  /** File path as the user should see it. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** Makes an error at a place. */
export function error(place: Place, message: string): Problem {
  return { severity: 'error', ...place, message };
}

/** Makes a warning at a place. */
export function warning(place: Place, message: string): Problem {
  return { severity: 'warning', ...place, message };
}

/** Formats a problem the way compilers do: `file:line:column: error: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/** Sorts problems by file, line and column, so a run reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
