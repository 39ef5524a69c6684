import type { Graph } from '../schemas/graph.ts';
import type { ClashQuestions } from '../schemas/clash-questions.ts';
import { crossEssayClashes, groupClashes } from '../graph/clashes.ts';
import { readClashQuestions } from '../io/read-clash-questions.ts';
import { error, type Place, type Problem } from './problem.ts';

/** `file:line:column` as `readClashQuestions` writes it, back into a place. */
function placeOf(where: string): Place {
  const match = /^(.*):(\d+):(\d+)$/.exec(where);
  return match ? { file: match[1]!, line: Number(match[2]), column: Number(match[3]) } : { file: where, line: 1, column: 1 };
}

/**
 * Reads `clash-questions.yaml` and checks it against the graph: YAML that does not parse, a value that
 * does not fit the schema, an id that is not a clash in the graph. Each problem at its file:line:column,
 * so a stale grouping fails `build:graph`, not the site's build.
 *
 * @param path the file (absent: no questions yet, every clash under "Other clashes")
 */
export function checkClashQuestions(path: string, graph: Graph): { questions: ClashQuestions; problems: Problem[] } {
  let file: ReturnType<typeof readClashQuestions>;
  try {
    file = readClashQuestions(path);
  } catch (cause) {
    // readClashQuestions throws one `file:line:column: error: message` line per problem.
    const problems = (cause as Error).message.split('\n').map((line) => {
      const match = /^(.*?:\d+:\d+): error: (.*)$/.exec(line);
      return match ? error(placeOf(match[1]!), match[2]!) : error({ file: path, line: 1, column: 1 }, line);
    });
    return { questions: { questions: [] }, problems };
  }
  const { problems } = groupClashes(graph, crossEssayClashes(graph), file.questions);
  return { questions: file.questions, problems: problems.map((problem) => error(placeOf(file.where(problem.path)), problem.message)) };
}
