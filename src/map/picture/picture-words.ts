import type { Claim } from '../../schemas/claim.ts';
import type { GraphEssay } from '../../schemas/graph.ts';
import { authorName } from '../../words/author-name.ts';
import type { Relation } from '../../schemas/relation.ts';
import { claimLabel } from '../../words/claim-label.ts';
import { DIRECTION_LABELS, RELATION_STYLES, incomingDirection, ACROSS_TIME_WORDS } from '../../words/relation-labels.ts';
import { claimBy, type EssayBadge } from '../map-view.ts';
import { countOf } from '../../words/count-words.ts';

/** Who a claim is by, in brief: the author's name, or "a reader, on Greene". */
export function byline(claim: Claim, badges: ReadonlyMap<string, EssayBadge>): string {
  return claimBy(claim, badges.get(claim.essay));
}

/**
 * A line's name, shown on hover and focus and given to screen readers: "Greene rebuts Evans", then
 * "across time" when it crosses the invasion's divide; `long` adds both claims' labels.
 */
export function lineName(relation: Relation, from: Claim, to: Claim, badges: ReadonlyMap<string, EssayBadge>, acrossTime: boolean, long = false): string {
  const word = RELATION_STYLES[relation.type].word;
  const target = relation.type === 'undercuts' ? `the reason “${claimLabel(to).text}” gives` : `“${claimLabel(to).text}”`;
  const short = `${byline(from, badges)} ${word} ${byline(to, badges)}${acrossTime ? ' (across time)' : ''}`;
  if (!long) return short;
  return `${byline(from, badges)}: “${claimLabel(from).text}” ${word} ${byline(to, badges)}: ${target}${acrossTime ? `; ${ACROSS_TIME_WORDS}` : ''}`;
}

/**
 * Each essay's author as a chip names them where room is short: the family name ("Kagan"), a pen name
 * whole; the full name when two essays' authors share a family name.
 */
export function shortNames(essays: readonly Pick<GraphEssay, 'id' | 'author' | 'authorBasis' | 'authorNote'>[]): Map<string, string> {
  const family = new Map(essays.map((essay) => [essay.id, authorName(essay)]));
  const counts = new Map<string, number>();
  for (const name of family.values()) counts.set(name.family ?? name.full, (counts.get(name.family ?? name.full) ?? 0) + 1);
  return new Map([...family].map(([id, name]) => [id, name.family && counts.get(name.family) === 1 ? name.family : name.full]));
}

/** A chip on the phone's list: "Rebutted by Kagan", seen from `here`, which is one end of the relation. */
export function chipText(relation: Relation, here: string, other: Claim, names: ReadonlyMap<string, string>): string {
  const direction = relation.from === here ? relation.type : incomingDirection(relation.type);
  const who = names.get(other.essay) ?? other.essay;
  return `${DIRECTION_LABELS[direction]} ${other.kind === 'reader' ? `a reader, on ${who}` : who}`;
}

/** The picture's key, in words, for what its marks mean (issue 22's cold look asked what the circled minus was). */
export const PICTURE_KEY = {
  /** How to read a line's two ends. */
  ends: 'A line runs from the dot on the claim that answers to the arrow on the claim it answers; the circled sign beside the arrow is the relation’s.',
  /** The circled signs on each column's spine. */
  spine: `On a column’s spine, how each reason bears on its essay’s thesis: ${RELATION_STYLES.supports.symbol} supports it; ${RELATION_STYLES.rebuts.symbol} rebuts it (a view the essay reports, then answers).`,
  /** The line under a picture that could not draw every essay: `count` essays more, each then linked to its map. */
  omitted: (count: number): string => `${countOf(count, 'more essay', { plural: 'more essays' })} ${count === 1 ? 'is' : 'are'} not drawn here (the picture shows the essays that answer others most); each has its own map: `,
  /** The phone's list, in the same words: `sign` renders a type's symbol and word ("+ supports"). */
  list: <T>(sign: (type: 'supports' | 'rebuts') => T): (T | string)[] => ['Under each thesis, its reasons: ', sign('supports'), ' it, or ', sign('rebuts'), ' it (a view the essay reports, then answers). A chip › goes to the claim in another essay that this one answers, or that answers it.'],
};
