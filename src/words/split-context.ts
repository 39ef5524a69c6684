import escapeStringRegexp from 'escape-string-regexp';

/** A paragraph cut around the claim it holds. */
export interface ContextParts {
  /** Text before the claim. */
  before: string;
  /** The claim's words as they stand in the paragraph (empty when not found). */
  claim: string;
  /** Text after the claim (the whole paragraph when the claim was not found). */
  after: string;
}

/**
 * Cuts a claim's paragraph into before / claim / after, so a page can highlight the claim in its
 * context. Matching ignores differences in whitespace only; when the words are not found the whole
 * paragraph is returned unhighlighted.
 */
export function splitContext(context: string, text: string): ContextParts {
  const index = context.indexOf(text);
  if (index !== -1) return { before: context.slice(0, index), claim: text, after: context.slice(index + text.length) };
  const words = text.trim().split(/\s+/).map((word) => escapeStringRegexp(word));
  const match = new RegExp(words.join('\\s+'), 'u').exec(context);
  if (!match) return { before: '', claim: '', after: context };
  return { before: context.slice(0, match.index), claim: match[0], after: context.slice(match.index + match[0].length) };
}
