import type { Place } from '../data-files/place.ts';

export type { Place };
export { formatProblem } from '../data-files/place.ts';

/** Where a problem is, and what to do about it. */
export interface Problem extends Place {
  /** `error` fails the build; `warning` is printed and the build goes on. */
  severity: 'error' | 'warning';
  /** What is wrong and how to fix it. */
  message: string;
}

/** Makes an error at a place. */
export function error(place: Place, message: string): Problem {
  return { severity: 'error', ...place, message };
}

/** Makes a warning at a place. */
export function warning(place: Place, message: string): Problem {
  return { severity: 'warning', ...place, message };
}

/** Sorts problems by file, line and column, so a run reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
