import { crossEssayClashes, groupClashes, type ClashGroup } from '../graph/clashes.ts';
import { readClashQuestions } from '../io/read-clash-questions.ts';
import { graph } from './site.ts';

let cached: ClashGroup[] | undefined;

/**
 * The clashes grouped under `content/clash-questions.yaml`'s questions, for the /clashes/ pages.
 * Throws (failing the build) with `file:line:column: error: …` for every id in the file that is not
 * in the graph, so a stale grouping is fixed, never silently ignored.
 */
export function clashGroups(): ClashGroup[] {
  if (cached) return cached;
  const file = readClashQuestions();
  const { groups, problems } = groupClashes(graph, crossEssayClashes(graph), file.questions);
  if (problems.length > 0) throw new Error(`clash questions:\n${problems.map((problem) => `${file.where(problem.path)}: error: ${problem.message}`).join('\n')}`);
  cached = groups;
  return groups;
}
