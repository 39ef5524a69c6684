import { z } from 'zod';
import { ClaimIdSchema } from './claim.ts';

/** A discussion question, in our words, and the claims it asks about. */
export const DiscussionQuestionSchema = z.object({
  /** The question, written by the Counterpoint editors. */
  text: z.string().trim().min(1),
  /** Ids of the claims the question is about (any essay); each is linked on /teach/. */
  claims: z.array(ClaimIdSchema).min(1),
});

/** One essay's entry in the reading guide. */
export const GuideEssaySchema = z.object({
  /** The essay id, as in graph.json. */
  essay: z.string().min(1),
  /** Our words: when and against what background the essay was written. */
  context: z.string().trim().min(1),
  /** 3–5 discussion questions. */
  questions: z.array(DiscussionQuestionSchema).min(3).max(5),
});

/** An exercise that uses the map, in our words. */
export const ExerciseSchema = z.object({
  /** Short title. */
  title: z.string().trim().min(1),
  /** The task, in our words. */
  task: z.string().trim().min(1),
  /** The claims to start from on the map; linked as /map/#<id>. */
  start: z.array(ClaimIdSchema).min(1),
});

/** The reading guide on /teach/: essays in the suggested order, then exercises. */
export const ReadingGuideSchema = z.object({
  /** The essays in the suggested reading order. */
  essays: z.array(GuideEssaySchema).min(1),
  /** Exercises that use the map. */
  exercises: z.array(ExerciseSchema).min(1),
});

/** The validated reading guide. */
export type ReadingGuide = z.output<typeof ReadingGuideSchema>;
