import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { authorLabel } from './author-name.ts';

/** Whose words and whose position a claim is, as every page, card, citation and export words it. */
export interface ClaimVoice {
  /** Whose position it is: the essay's author, the holder a reported claim names, or "a reader". */
  holder: string;
  /** Who reports it, for `reported` claims: the essay's author. */
  reporter?: string;
  /**
   * One phrase for labels and cards: "Samuel A. Greene", "Charap and Shapiro’s view, as Samuel A. Greene
   * reports it", "a view Samuel A. Greene argues against", "a reader".
   */
  phrase: string;
  /** For a sentence's subject after "By": the author (never credited with a reported view) or "a reader". */
  byline: string;
}

/**
 * Says whose a claim is. A `reported` claim is a position the author states in order to answer it:
 * it is credited to its holder (or to no one, "a view … argues against"), and the author is named
 * only as the one who reports it. A reader's claim is a reader's, never the author's.
 */
export function claimVoice(claim: Pick<Claim, 'kind' | 'holder'>, essay: Pick<GraphEssay, 'author' | 'authorBasis'>): ClaimVoice {
  const author = authorLabel(essay);
  if (claim.kind === 'reader') return { holder: 'a reader', phrase: 'a reader', byline: 'a reader' };
  if (claim.kind === 'reported') {
    const phrase = claim.holder ? `${viewOf(claim.holder)}, as ${author} reports it` : `a view ${author} argues against`;
    return { holder: claim.holder ?? `those ${author} argues against`, reporter: author, phrase, byline: phrase };
  }
  return { holder: author, phrase: author, byline: author };
}

/** "Charap and Shapiro’s view" for a named holder; "the view of those who portray diplomacy as weakness" otherwise. */
export function viewOf(holder: string): string {
  // A possessive reads well only on a name ("Charap and Shapiro’s"); on a description it lands on the
  // description's last word ("advocates of negotiations now’s"), so those take "the view of".
  const name = holder.split(/\s+/).every((word) => /^(and|&|de|van|von|der|bin|al-)$/.test(word) || /^\p{Lu}/u.test(word));
  return name ? `${possessive(holder)} view` : `the view of ${holder}`;
}

/** "Charap and Shapiro’s", "Western capitals’": the possessive of a holder's name, in the site's curly apostrophe. */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}
