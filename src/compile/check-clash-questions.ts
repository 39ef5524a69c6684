import type { Graph } from '../schemas/graph.ts';
import type { ClashQuestions } from '../schemas/clash-questions.ts';
import { crossEssayClashes, groupClashes } from '../graph/clashes.ts';
import { readClashQuestions } from '../io/read-clash-questions.ts';
import { error, type Problem } from './problem.ts';

/**
 * Reads `clash-questions.yaml` and checks it against the graph: YAML that does not parse, a value that
 * does not fit the schema, an id that is not a clash in the graph. Each problem at its file:line:column,
 * so a stale grouping fails `build:graph`, not the site's build.
 *
 * @param path the file (absent: no questions yet, every clash under "Other clashes")
 */
export function checkClashQuestions(path: string, graph: Graph): { questions: ClashQuestions; problems: Problem[] } {
  const file = readClashQuestions(path);
  if (file.problems.length > 0) return { questions: file.questions, problems: file.problems };
  const { problems } = groupClashes(graph, crossEssayClashes(graph), file.questions);
  return { questions: file.questions, problems: problems.map((problem) => error(file.placeOf(problem.path), problem.message)) };
}
