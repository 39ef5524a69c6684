import { countOf } from './count-words.ts';

/**
 * What the site is, in one phrase, with the number of essays it maps (never a fixed number, so a course
 * copy with more essays says so): "four essays on negotiating with Russia over the war in Ukraine, mapped
 * claim by claim".
 */
export function siteTagline(essayCount: number): string {
  return `${countOf(essayCount, 'essay')} on negotiating with Russia over the war in Ukraine, mapped claim by claim`;
}
