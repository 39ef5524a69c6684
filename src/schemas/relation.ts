import { z } from 'zod';
import { KEBAB_ID_SOURCE } from './kebab-id.ts';

import { RELATION_TYPES, RELATION_ID_SEPARATOR } from './relation-id.ts';

export { RELATION_TYPES, CLAIM_RELATION_TYPES, relationId, parseRelationId, type RelationType } from './relation-id.ts';

/** A directed relation: `from` supports or rebuts the claim `to`, or undercuts the relation `to`. */
export const RelationSchema = z.object({
  /** `<from>--<type>--<to>`: unique in the graph, stable across builds, safe in a URL (see `relationId`). */
  id: z
    .string()
    .regex(new RegExp(`^${KEBAB_ID_SOURCE}(?:${RELATION_ID_SEPARATOR}(?:${RELATION_TYPES.join('|')})${RELATION_ID_SEPARATOR}${KEBAB_ID_SOURCE})+$`))
    .describe('The relation\'s id: "<from>--<type>--<to>". Unique in the graph, stable across builds while its ends keep their ids, safe in a URL.'),
  /** The claim doing the supporting, rebutting or undercutting. */
  from: z.string().min(1).describe('The id of the claim that supports, rebuts or undercuts.'),
  /** The claim (or the question's id) supported or rebutted; for `undercuts`, the id of the relation undercut. */
  to: z
    .string()
    .min(1)
    .describe('For supports and rebuts: the id of the claim (or of the question) supported or rebutted. For undercuts: the id of the relation undercut, whose bearing on its own target the `from` claim denies.'),
  /** `supports`, `rebuts` (denies the claim) or `undercuts` (denies that a relation's claim bears on its target). */
  type: z
    .enum(RELATION_TYPES)
    .describe('supports; rebuts: denies the claim `to`; undercuts: denies that relation `to` holds, without denying either of its claims.'),
  /** Our words: why the relation holds. Present on every cross-essay relation. */
  note: z.string().min(1).optional().describe('Our note: why the relation holds. Present on every relation across essays.'),
  /** True when a fair reader could draw the relation only with help; the note says how. */
  contestable: z.literal(true).optional().describe('Present (true) when the relation is contestable: a fair reader could draw it only with the help its note gives.'),
});

/** A validated relation. */
export type Relation = z.output<typeof RelationSchema>;
