import { collapseSpace } from '../words/collapse-space.ts';

/** Passages shorter than this many words are not counted as quoting a claim (a word or two proves nothing). */
export const MIN_QUOTE_WORDS = 3;

/**
 * The passages a note quotes (in curly double quotes) that stand word for word in `claimText`, with at
 * least MIN_QUOTE_WORDS words. An ellipsis inside a quotation ("a … b") counts when each part is verbatim
 * and long enough together: instructors check a note by finding its quotations in the claim.
 */
export function quotesOf(note: string, claimText: string): string[] {
  const haystack = collapseSpace(claimText);
  const found: string[] = [];
  for (const match of note.matchAll(/“([^”]+)”/g)) {
    const quoted = collapseSpace(match[1] ?? '');
    const parts = quoted.split(/\s*(?:…|\.\.\.)\s*/).filter(Boolean);
    const words = parts.join(' ').split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (words >= MIN_QUOTE_WORDS && parts.length > 0 && parts.every((part) => haystack.includes(part))) found.push(quoted);
  }
  return found;
}
