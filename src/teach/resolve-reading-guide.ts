import type { Claim } from '../schemas/claim.ts';
import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { ReadingGuide } from '../schemas/reading-guide.ts';

/** One essay in the reading order, with the questions whose claims the graph has. */
export interface ResolvedGuideEssay {
  /** The essay, from the graph. */
  essay: GraphEssay;
  /** Our context paragraph; undefined for an essay the guide does not cover. */
  context?: string;
  /** Our questions, each with the claims it names that exist. */
  questions: { text: string; claims: Claim[] }[];
}

/** The reading guide joined to the graph it is rendered with. */
export interface ResolvedGuide {
  /** The guide's essays in its order, then any essay it does not cover, by date. */
  essays: ResolvedGuideEssay[];
  /** The exercises whose starting claims exist, with those claims. */
  exercises: { title: string; task: string; start: Claim[] }[];
}

/**
 * Joins the reading guide to a graph. A missing id drops that link (the guide is checked once, by
 * `build:graph`, which fails on any: see `readingGuideProblems`). Without a guide (content that has
 * none) every essay is listed by date, with no questions or exercises.
 */
export function resolveReadingGuide(guide: ReadingGuide | undefined, graph: Graph): ResolvedGuide {
  if (!guide) return resolveReadingGuide({ essays: [], exercises: [] }, graph);
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const pick = (ids: readonly string[]) => ids.map((id) => claims.get(id)).filter((claim) => claim !== undefined);
  const essays: ResolvedGuideEssay[] = [];
  for (const entry of guide.essays) {
    const essay = graph.essays.find((item) => item.id === entry.essay);
    if (!essay) continue;
    const questions = entry.questions.map((question) => ({ text: question.text, claims: pick(question.claims) })).filter((question) => question.claims.length > 0);
    essays.push({ essay, context: entry.context, questions });
  }
  const covered = new Set(essays.map((item) => item.essay.id));
  const rest = graph.essays.filter((essay) => !covered.has(essay.id)).sort((a, b) => a.published.localeCompare(b.published));
  for (const essay of rest) essays.push({ essay, questions: [] });
  const exercises = guide.exercises
    .map((exercise) => ({ title: exercise.title, task: exercise.task, start: pick(exercise.start) }))
    .filter((exercise) => exercise.start.length > 0);
  return { essays, exercises };
}
