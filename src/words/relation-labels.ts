import type { RELATION_DIRECTIONS } from '../graph/claim-relations.ts';
import type { RelationType } from '../schemas/relation.ts';

/** A relation seen from one of its claims (see `claimRelations`). */
export type RelationDirection = (typeof RELATION_DIRECTIONS)[number];

/** Each direction of a relation as a label, seen from the claim a list belongs to: "Supports", "Rebutted by". */
export const DIRECTION_LABELS: Record<RelationDirection, string> = {
  supports: 'Supports',
  rebuts: 'Rebuts',
  'supported-by': 'Supported by',
  'rebutted-by': 'Rebutted by',
  undercuts: 'Undercuts',
  'undercut-by': 'Undercut by',
};

/** A relation type as a verb, lower case, as the map and notes use it: "supports", "rebuts", "undercuts". */
export const RELATION_VERBS: Record<RelationType, string> = {
  supports: 'supports',
  rebuts: 'rebuts',
  undercuts: 'undercuts',
};

/** What a claim does to its target under each relation type, after "A claim that supports …" (ours). */
export const RELATION_MEANINGS: Record<RelationType, string> = {
  supports: 'gives a reason to accept the other claim',
  rebuts: 'denies the other claim',
  undercuts: 'leaves a claim standing and denies that it bears on what it is used for',
};

/** The direction a relation has when read from its other end. */
export function incomingDirection(type: RelationType): RelationDirection {
  return type === 'supports' ? 'supported-by' : type === 'rebuts' ? 'rebutted-by' : 'undercut-by';
}

/** How one relation type looks and reads wherever a relation is shown: picture, tree, notes, claim pages, clashes, search, legends, print. */
export interface RelationStyle {
  /** The one symbol, shown beside the word (never alone: it is `aria-hidden` where it is used). */
  symbol: string;
  /** The verb, lower case: "supports". */
  word: string;
  /** The noun for a legend: "Support". */
  noun: string;
  /** The CSS custom property that holds the colour (global.css defines it from `colour`). */
  cssVar: `--rel-${RelationType}`;
  /** The colour on the light and on the dark background; each at least 4.5:1 against it (tested). */
  colour: { light: string; dark: string };
  /** SVG stroke-dasharray of its lines: colour is never the only signal. */
  dash: string;
}

/**
 * THE relation table: one symbol, colour, word and line per relation type. Every view that shows a
 * relation reads it from here (or from the `--rel-*` properties and `.rel--*` classes made from it),
 * so a support looks the same on the map, in the notes, on a claim page and on /clashes/.
 */
export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  supports: { symbol: '+', word: 'supports', noun: 'Support', cssVar: '--rel-supports', colour: { light: '#1d6b3a', dark: '#7fd39b' }, dash: '' },
  rebuts: { symbol: '−', word: 'rebuts', noun: 'Rebuttal', cssVar: '--rel-rebuts', colour: { light: '#9a2f1f', dark: '#ff9a86' }, dash: '7 4' },
  undercuts: { symbol: '⊘', word: 'undercuts', noun: 'Undercut', cssVar: '--rel-undercuts', colour: { light: '#6d2a8f', dark: '#dcaaf5' }, dash: '2 3' },
};

/** The relation type of a direction, whichever end it is read from: "rebutted-by" is a `rebuts`. */
export function directionType(direction: RelationDirection): RelationType {
  return direction.startsWith('support') ? 'supports' : direction.startsWith('rebut') ? 'rebuts' : 'undercuts';
}

/** The symbol a direction of a relation shows: the type's, whichever end it is read from. */
export function directionSymbol(direction: RelationDirection): string {
  return RELATION_STYLES[directionType(direction)].symbol;
}

/** "contestable", said in visible words wherever a relation is marked so (never only in a tooltip). */
export const CONTESTABLE_WORDS = {
  /** The mark itself. */
  label: 'contestable',
  /** What it means, in a sentence shown beside it or in the legend. */
  explained: 'contestable: a fair reader could draw this relation only with the help of our note',
} as const;

/** A relation across the invasion's divide, as the picture and the notes word it. */
export const ACROSS_TIME_WORDS = 'across time: the later essay answers one written before the invasion';
