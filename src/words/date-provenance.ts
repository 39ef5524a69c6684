import type { Essay } from '../schemas/essay.ts';

/**
 * How the site knows an essay's date, in words a reader sees next to it, or undefined when a capture
 * prints it. Every place that shows a date uses this, so an inferred date is never shown bare.
 */
export function dateProvenance(essay: Pick<Essay, 'publishedInferred' | 'publishedOutside'>): string | undefined {
  if (essay.publishedInferred) return 'inferred from the text';
  if (essay.publishedOutside) return 'not printed in the captures; from our source notes';
  return undefined;
}
