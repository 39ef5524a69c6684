import { z } from 'zod';
import { ClaimIdSchema } from './claim.ts';
import { KEBAB_ID } from './kebab-id.ts';

/** One question the essays fight over, and which clashes go under it on /clashes/. */
export const ClashQuestionSchema = z.object({
  /** A stable id for the question: its anchor on /clashes/ (`#<id>`). Kebab-case. */
  id: z.string().regex(KEBAB_ID, 'expected a kebab-case id'),
  /** The question, in our words. */
  question: z.string().trim().min(1),
  /** Our one line on what is at stake in it (optional). */
  note: z.string().trim().min(1).optional(),
  /** Ids of cross-essay `rebuts`/`undercuts` relations filed under this question (relation ids from /graph.json). */
  relations: z.array(z.string().min(1)).default([]),
  /**
   * Ids of claims: any clash (not filed by relation id) in which one of these claims attacks or is
   * attacked goes under this question. Claim ids outlive re-marking (the ledger keeps them).
   */
  claims: z.array(ClaimIdSchema).default([]),
});

/** `content/clash-questions.yaml`: our grouping of the clashes under the questions they fight over. */
export const ClashQuestionsSchema = z.object({
  /** The questions, in the order /clashes/ shows them. A clash goes under the first that takes it. */
  questions: z.array(ClashQuestionSchema),
});

/** A validated question. */
export type ClashQuestion = z.output<typeof ClashQuestionSchema>;
/** The validated file. */
export type ClashQuestions = z.output<typeof ClashQuestionsSchema>;
