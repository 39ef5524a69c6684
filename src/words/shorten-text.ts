import { collapseSpace } from './collapse-space.ts';

/** How `shortenText` shortens. */
export interface ShortenOptions {
  /** Longest result in characters, the ellipsis included. */
  max?: number;
  /** Most words to keep (the ellipsis not counted); with `max` too, both limits hold. */
  words?: number;
  /** What marks a cut; "…" unless said. */
  ellipsis?: string;
}

/** Punctuation and space that would stand awkwardly before the ellipsis. */
const TRAILING = /[\s,;:.–—-]+$/u;

/**
 * Shortens text at a word boundary, ending with an ellipsis when it cut anything; the one way the site
 * shortens a claim, title or description. Whitespace runs become one space; trailing punctuation before
 * the cut is dropped so the ellipsis reads cleanly; words are never altered. A single word longer than
 * half of `max` is cut inside it rather than dropped.
 */
export function shortenText(text: string, options: ShortenOptions): string {
  const { max, words, ellipsis = '…' } = options;
  if (max === undefined && words === undefined) throw new TypeError('shortenText: give max (characters), words, or both');
  let clean = collapseSpace(text);
  let cut = false;
  if (words !== undefined) {
    const parts = clean.split(' ');
    if (parts.length > words) {
      clean = parts.slice(0, Math.max(1, words)).join(' ');
      cut = true;
    }
  }
  if (max !== undefined) {
    const limit = Math.max(1, max - ellipsis.length);
    if (clean.length > (cut ? limit : max)) {
      const room = clean.slice(0, limit);
      const space = room.lastIndexOf(' ');
      clean = space > max / 2 ? room.slice(0, space) : room;
      cut = true;
    }
  }
  return cut ? `${clean.replace(TRAILING, '')}${ellipsis}` : clean;
}

/**
 * How a quotation is cut inside a relation list or a claim's page title: at about 110 characters, with the
 * spaced ellipsis Chicago uses for words left out of a quotation (the limit counts the space and "…").
 */
export const QUOTATION_CUT = { max: 112, ellipsis: ' …' } as const satisfies ShortenOptions;
