import type { GraphEssay } from '../schemas/graph.ts';
import { numberWord } from './count-words.ts';

/**
 * The month Russia's full-scale invasion of Ukraine began (24 February 2022). The sources date some
 * essays to the month only, so essays are compared at month precision: an essay of February 2022 itself
 * is not "before".
 */
export const INVASION_MONTH = '2022-02';

/** The invasion as the site names it in a sentence. */
export const INVASION_PHRASE = 'Russia’s full-scale invasion of Ukraine in February 2022';

/**
 * True when the essay is known to have been written before the full-scale invasion: compared at month
 * precision, and an essay dated only "2022" is not known to be before.
 */
export function writtenBeforeInvasion(essay: Pick<GraphEssay, 'published'>): boolean {
  const month = essay.published.slice(0, 7);
  return month.length === 7 ? month < INVASION_MONTH : month < INVASION_MONTH.slice(0, 4);
}

/**
 * How the essays fall either side of the invasion, for a sentence: "one written before Russia’s
 * full-scale invasion of Ukraine in February 2022, three after"; "all written after …" when none is before.
 */
export function invasionTally(essays: readonly Pick<GraphEssay, 'published'>[]): string {
  const before = essays.filter(writtenBeforeInvasion).length;
  const after = essays.length - before;
  if (before === 0) return `${essays.length === 1 ? 'written' : 'all written'} after ${INVASION_PHRASE}`;
  if (after === 0) return `${essays.length === 1 ? 'written' : 'all written'} before ${INVASION_PHRASE}`;
  return `${numberWord(before)} written before ${INVASION_PHRASE}, ${numberWord(after)} after`;
}
