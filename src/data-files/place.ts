/** A position in a file: where a problem is. */
export interface Place {
  /** File path as the user should see it (relative to the project root). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}
