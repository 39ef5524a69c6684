/** Words per minute for an attentive adult reading argument (the usual 200–250 range). */
export const WORDS_PER_MINUTE = 230;

/** Reading time in whole minutes, at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
