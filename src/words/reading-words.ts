import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import type { ClaimRelation } from '../graph/claim-relations.ts';
import { authorName } from './author-name.ts';
import { countOf } from './count-words.ts';

/**
 * Every string the reading views (essay notes, the marks key, relation lists, the clashes pages) show,
 * in one table, so the wording can move into the site's one wording module without a hunt.
 */
export const READING_WORDS = {
  /** Shown after the claim's number in its folded note when nothing links to it. */
  noRelations: 'Nothing in the map links to this claim yet.',
  /** Folded note: how many relations stay within this essay. */
  sameEssay: (count: number) => `${countOf(count, 'link', { figures: true })} within this essay`,
  /** Folded note: the thesis's answer to the central question. */
  answers: (direction: 'supports' | 'rebuts') => (direction === 'supports' ? 'answers the question: yes' : 'answers the question: no'),
  backToText: 'Back to the text',
  linkToClaim: 'Link to this claim',
  claimPage: 'Claim page',
  ourNote: 'Our note: ',
  question: 'the central question',
  sameEssayBy: (n: number) => `claim ${n}, this essay`,
  undercutsAs: 'as a reason for',
  undercutBearing: 'denies that this claim bears on',
  inContext: 'in context',
  clashes: 'Clashes',
  clashesIntro:
    'Every place where a claim in one essay rebuts or undercuts a claim in another, the two quotations side by side with our note between them, grouped under the question they fight over. The quotations are the authors’ words; the grouping and the notes are ours.',
  otherClashes: 'Other clashes',
  clashVerb: { rebuts: 'rebuts', undercuts: 'undercuts' } as Record<'rebuts' | 'undercuts', string>,
  clashLink: 'Permanent link to this clash',
  clashOf: (type: 'rebuts' | 'undercuts') => (type === 'rebuts' ? 'Rebuttal' : 'Undercut'),
  inClashes: 'In the clashes',
  keyHeading: 'How to read the marks',
  metaMore: 'About this essay, and our summary',
} as const;

/** Direction words for a folded note: "rebutted by", "supports". */
export const FOLD_DIRECTIONS: Record<ClaimRelation['direction'], string> = {
  supports: 'supports',
  rebuts: 'rebuts',
  undercuts: 'undercuts',
  'supported-by': 'supported by',
  'rebutted-by': 'rebutted by',
  'undercut-by': 'undercut by',
};

/**
 * Who a claim is, in two or three words, for a folded note: the author's family name ("Kagan"), "a
 * reader", or for a reported view its holder ("Charap and Shapiro") or "a view Kagan reports": never
 * the reporting author as if the view were theirs.
 */
export function shortVoice(claim: Pick<Claim, 'kind' | 'holder'>, essay: Pick<GraphEssay, 'author' | 'authorBasis' | 'authorNote'>): string {
  const name = authorName(essay);
  const author = name.family ?? name.full;
  if (claim.kind === 'reader') return 'a reader';
  if (claim.kind === 'reported') return claim.holder ? `${claim.holder} (as ${author} reports)` : `a view ${author} reports`;
  return author;
}

const NAME_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Joins names as prose: "Kagan", "Kagan and Greene", "Kagan, Greene and a reader" (British English, no serial comma). */
export function joinNames(names: string[]): string {
  return NAME_LIST.format(names);
}
