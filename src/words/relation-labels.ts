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
