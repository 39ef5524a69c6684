import { z } from 'zod';
import { ClaimSchema } from './claim.ts';
import { RelationSchema } from './relation.ts';
import { QuestionSchema } from './question.ts';
import { EssaySchema } from './essay.ts';
import { KEBAB_ID } from './kebab-id.ts';

/** One essay as the graph publishes it: its frontmatter plus id, URL and word count. */
export const GraphEssaySchema = EssaySchema.extend({
  /** The essay id: its file name without `.md`. */
  id: z.string().regex(KEBAB_ID),
  /** The essay page, site-relative: `/essays/<id>/`. */
  url: z.string().regex(/^\/essays\/[a-z0-9-]+\/$/),
  /** Words in the essay body (notes and reader comments excluded). */
  words: z.number().int().nonnegative(),
});

/** A published essay entry. */
export type GraphEssay = z.output<typeof GraphEssaySchema>;

/** The argument graph published at `/graph.json`. */
export const GraphSchema = z.object({
  /** Bumped on any breaking change to this shape: 2 added relation ids and `undercuts`. */
  schemaVersion: z.literal(2),
  /** The central question. */
  question: QuestionSchema,
  /** The essays, in reading order. */
  essays: z.array(GraphEssaySchema),
  /** Every claim, grouped by essay, in text order. */
  claims: z.array(ClaimSchema),
  /** Every relation between claims, from theses to the question, and undercuts of relations. */
  relations: z.array(RelationSchema),
});

/** The validated argument graph. */
export type Graph = z.output<typeof GraphSchema>;
