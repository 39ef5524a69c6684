import { z } from 'zod';

/** The two relations between claims. */
export const RELATION_TYPES = ['supports', 'rebuts'] as const;

/** A directed relation: `from` supports or rebuts `to`. */
export const RelationSchema = z.object({
  /** The claim doing the supporting or rebutting. */
  from: z.string().min(1),
  /** The claim (or the question's id) supported or rebutted. */
  to: z.string().min(1),
  /** `supports` or `rebuts`. */
  type: z.enum(RELATION_TYPES),
  /** Our words: why the relation holds. Present on every cross-essay relation. */
  note: z.string().min(1).optional(),
});

/** A validated relation. */
export type Relation = z.output<typeof RelationSchema>;
