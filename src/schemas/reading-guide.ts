import { z } from 'zod';
import { ClaimIdSchema } from './claim.ts';

const text = (what: string) => z.string({ error: `write ${what} as text` }).trim().min(1, `write ${what}: it must not be empty`);

/** A discussion question, in our words, and the claims it asks about. */
export const DiscussionQuestionSchema = z
  .object({
    /** The question, written by the Counterpoint editors. */
    text: text('the question'),
    /** Ids of the claims the question is about (any essay); each is linked on /teach/. */
    claims: z.array(ClaimIdSchema, { error: 'list the claim ids the question asks about' }).min(1, 'name at least one claim id the question asks about'),
  })
  .strict();

/** One essay's entry in the reading guide. */
export const GuideEssaySchema = z
  .object({
    /** The essay id, as in graph.json (its file name without `.md`). */
    essay: text('the essay id (its file name without .md)'),
    /** Our words: when and against what background the essay was written. */
    context: text('a context paragraph'),
    /** 3–5 discussion questions. */
    questions: z
      .array(DiscussionQuestionSchema, { error: 'list 3 to 5 questions' })
      .min(3, 'write at least 3 questions for each essay')
      .max(5, 'write at most 5 questions for each essay'),
  })
  .strict();

/** An exercise that uses the map, in our words. */
export const ExerciseSchema = z
  .object({
    /** Short title. */
    title: text('a title'),
    /** The task, in our words. */
    task: text('the task'),
    /** The claims to start from on the map; linked where the map shows each without JavaScript (`/map/#<id>` or its essay's map page). */
    start: z.array(ClaimIdSchema, { error: 'list the claim ids to start from' }).min(1, 'name at least one claim to start from'),
  })
  .strict();

/** The reading guide on /teach/ (`content/reading-guide.yaml`): essays in the suggested order, then exercises. */
export const ReadingGuideSchema = z
  .object({
    /** The essays in the suggested reading order. */
    essays: z.array(GuideEssaySchema, { error: 'list the essays under essays:' }).min(1, 'list at least one essay'),
    /** Exercises that use the map. */
    exercises: z.array(ExerciseSchema, { error: 'list the exercises under exercises:' }).min(1, 'write at least one exercise'),
  })
  .strict();

/** The validated reading guide. */
export type ReadingGuide = z.output<typeof ReadingGuideSchema>;
