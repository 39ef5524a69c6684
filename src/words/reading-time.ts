import type { GraphEssay } from '../schemas/graph.ts';

/**
 * Words a minute an attentive adult reads argued prose at: inside the usual 200–250 range, and close to
 * the 238 a minute Brysbaert (2019) found for silent reading of non-fiction.
 */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read `words` words, to the nearest minute, at least 1. The one reading time on the site. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Minutes to read all the essays: the sum of each essay's own minutes, so a page that lists them adds up
 * to the total it states.
 */
export function totalReadingMinutes(essays: readonly Pick<GraphEssay, 'words'>[]): number {
  return essays.reduce((sum, essay) => sum + readingMinutes(essay.words), 0);
}
