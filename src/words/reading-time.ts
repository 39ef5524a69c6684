/** Words a minute an adult reads an argued essay at; a conservative, common figure. */
export const WORDS_PER_MINUTE = 220;

/** Minutes to read `words` words, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
