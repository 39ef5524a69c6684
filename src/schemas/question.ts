import { z } from 'zod';
import { ClaimIdSchema } from './claim.ts';

/** The central question, root of the argument graph (`content/question.json`). */
export const QuestionSchema = z
  .object({
    /** Its id, used as a relation target like a claim id. */
    id: ClaimIdSchema,
    /** The question, in our words. */
    text: z.string().trim().min(1),
  })
  .strict();

/** The central question. */
export type Question = z.output<typeof QuestionSchema>;
