/** Numbers a reader sees spelled out: zero to nine, as most English style guides (AP, The Guardian) write them. */
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/**
 * A count as prose writes it: "four" for 0–9, figures from 10 ("12", "1,204"). Hand-written rather than a
 * library: ten words, and every count on the site is a whole number of things.
 */
export function numberWord(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`numberWord: expected a whole number of things, got ${count}`);
  return count < SMALL.length ? SMALL[count]! : count.toLocaleString('en');
}

/** How `countOf` writes the number. */
export interface CountOptions {
  /** The plural noun, when it is not the singular plus "s". */
  plural?: string;
  /** Figures even below ten ("5 claims"), for dense lines of figures such as "1,474 words · 5 claims". */
  figures?: boolean;
}

/** "four essays", "one essay", "12 claims": a count with its noun, plural unless the count is one. */
export function countOf(count: number, singular: string, options: CountOptions = {}): string {
  const number = options.figures ? count.toLocaleString('en') : numberWord(count);
  return `${number} ${count === 1 ? singular : (options.plural ?? `${singular}s`)}`;
}
