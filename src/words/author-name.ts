import type { GraphEssay } from '../schemas/graph.ts';

/** An essay's author, split the way citation styles need it. */
export interface AuthorName {
  /** The name as the essay gives it: "Frederick W. Kagan". */
  full: string;
  /** Family name for inverted forms ("Kagan"); absent for a pen name, which is never inverted. */
  family?: string;
  /** Given names ("Frederick W."); absent for a pen name. */
  given?: string;
  /** True when the name is known from outside the captures, not from a byline. */
  attributed: boolean;
}

/**
 * Splits an essay's author into family and given names. The last word is the family name (true of every
 * author here); a pen name ("Democracy Abroad") stays whole. There is no frontmatter field for "pen name",
 * so it is read from the author note, which says so in our words.
 */
export function authorName(essay: Pick<GraphEssay, 'author' | 'authorBasis' | 'authorNote'>): AuthorName {
  const full = essay.author.trim();
  const attributed = essay.authorBasis === 'attributed';
  const words = full.split(/\s+/);
  if (/\b(pen name|pseudonym)\b/i.test(essay.authorNote ?? '') || words.length < 2) return { full, attributed };
  return { full, family: words.at(-1)!, given: words.slice(0, -1).join(' '), attributed };
}

/** "Kagan, Frederick W." (or the pen name whole). */
export function invertedName(name: AuthorName): string {
  return name.family === undefined ? name.full : `${name.family}, ${name.given}`;
}

/** The author as a reader should see them: "Samuel A. Greene (attributed)". */
export function authorLabel(essay: Pick<GraphEssay, 'author' | 'authorBasis'>): string {
  return essay.authorBasis === 'attributed' ? `${essay.author} (attributed)` : essay.author;
}
