import { didYouMean } from '../words/did-you-mean.ts';
import type { Graph } from '../schemas/graph.ts';
import type { ReadingGuide } from '../schemas/reading-guide.ts';
import type { GuidePath, ReadingGuideRead } from '../io/read-reading-guide.ts';
import { error, type Problem } from '../compile/problem.ts';

/** An id the reading guide names that the graph does not have, and where in the guide it stands. */
export interface GuideProblem {
  /** Where the id stands in the guide: `['essays', 0, 'questions', 1, 'claims', 2]`. */
  path: GuidePath;
  /** What is wrong and what to do. */
  message: string;
}

/** `: did you mean "x"?` when an id is one slip from a real one, else the fallback advice. */
function suggest(id: string, ids: readonly string[], otherwise: string): string {
  const near = didYouMean(id, ids);
  return near ? `: did you mean "${near}"?` : `: ${otherwise}`;
}

/**
 * Lists every id in the reading guide that the graph does not have (essays and claims), so that a
 * renamed claim fails the build (see `readingGuideProblems`) instead of leaving a dead link on /teach/.
 */
export function checkReadingGuide(guide: ReadingGuide, graph: Pick<Graph, 'essays' | 'claims'>): GuideProblem[] {
  const essays = graph.essays.map((essay) => essay.id);
  const claims = graph.claims.map((claim) => claim.id);
  const knownEssays = new Set(essays);
  const knownClaims = new Set(claims);
  const problems: GuideProblem[] = [];
  const claimProblem = (id: string, path: GuidePath, where: string) => {
    if (!knownClaims.has(id)) {
      problems.push({ path, message: `${where}: unknown claim "${id}"${suggest(id, claims, 'use a claim id from the essays (the ledger, content/published.json, records renamed ones)')}` });
    }
  };
  guide.essays.forEach((entry, e) => {
    if (!knownEssays.has(entry.essay)) {
      problems.push({ path: ['essays', e, 'essay'], message: `reading guide: unknown essay "${entry.essay}"${suggest(entry.essay, essays, 'use an essay file name without .md')}` });
    }
    entry.questions.forEach((question, q) => {
      question.claims.forEach((id, c) => claimProblem(id, ['essays', e, 'questions', q, 'claims', c], `reading guide (${entry.essay}, question ${q + 1})`));
    });
  });
  guide.exercises.forEach((exercise, x) => {
    exercise.start.forEach((id, c) => claimProblem(id, ['exercises', x, 'start', c], `reading guide exercise "${exercise.title}"`));
  });
  return problems;
}

/**
 * Every problem with the reading guide as the graph step prints them (`file:line:column: error: …`): its
 * YAML and schema, then ids the graph lacks. Empty when the content has no guide.
 */
export function readingGuideProblems(read: ReadingGuideRead, graph: Pick<Graph, 'essays' | 'claims'>): Problem[] {
  if (!read.source) return read.problems;
  const { source } = read;
  return checkReadingGuide(source.guide, graph).map((problem) => error(source.placeOf(problem.path), problem.message));
}
