import type { Graph } from '../schemas/graph.ts';
import type { ReadingGuide } from '../schemas/reading-guide.ts';

/**
 * Lists every id in the reading guide that the graph does not have (essays and claims), so that a
 * renamed claim fails the build instead of leaving a dead link on /teach/.
 */
export function checkReadingGuide(guide: ReadingGuide, graph: Graph): string[] {
  const essays = new Set(graph.essays.map((essay) => essay.id));
  const claims = new Set(graph.claims.map((claim) => claim.id));
  const problems: string[] = [];
  for (const entry of guide.essays) {
    if (!essays.has(entry.essay)) problems.push(`reading guide: unknown essay "${entry.essay}"`);
    for (const question of entry.questions) {
      for (const id of question.claims) if (!claims.has(id)) problems.push(`reading guide (${entry.essay}): unknown claim "${id}"`);
    }
  }
  for (const exercise of guide.exercises) {
    for (const id of exercise.start) if (!claims.has(id)) problems.push(`reading guide exercise "${exercise.title}": unknown claim "${id}"`);
  }
  return problems;
}
