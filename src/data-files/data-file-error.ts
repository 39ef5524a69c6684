/**
 * A data file that cannot be used as it is (missing, not JSON, out of date): an expected problem, not a
 * bug. `lines` are printed as they are, each `file[:line:column]: error: what is wrong, and what to do`;
 * the scripts' error boundary (scripts/lib/error-boundary.ts) prints them without a trace.
 */
export class DataFileError extends Error {
  override name = 'DataFileError';
  /** One line per problem. */
  readonly lines: readonly string[];
  constructor(lines: readonly string[], options?: ErrorOptions) {
    super(lines.join('\n'), options);
    this.lines = lines;
  }
}
