import type { Claim } from '../../schemas/claim.ts';
import type { Relation } from '../../schemas/relation.ts';
import { claimLabel } from '../../words/claim-label.ts';
import { DIRECTION_LABELS, RELATION_STYLES, incomingDirection, ACROSS_TIME_WORDS } from '../../words/relation-labels.ts';
import { claimBy, type EssayBadge } from '../map-view.ts';

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

/** A chip on the phone's list: "Rebutted by Kagan", seen from `here`, which is one end of the relation. */
export function chipText(relation: Relation, here: string, other: Claim, badges: ReadonlyMap<string, EssayBadge>): string {
  const direction = relation.from === here ? relation.type : incomingDirection(relation.type);
  return `${DIRECTION_LABELS[direction]} ${byline(other, badges)}`;
}
