import type { Graph } from '../schemas/graph.ts';
import { crossEssayClashes, groupClashes } from '../graph/clashes.ts';
import { readClashQuestions } from '../io/read-clash-questions.ts';
import { error, type Problem } from './problem.ts';

/** `file:line:column: error: message` back into a Problem (the readers of YAML files print that shape). */
function parseLine(line: string): Problem {
  const match = /^(.*?):(\d+):(\d+): error: (.*)$/.exec(line);
  return match ? error({ file: match[1]!, line: Number(match[2]), column: Number(match[3]) }, match[4]!) : error({ file: 'clash-questions.yaml', line: 1, column: 1 }, line);
}

/**
 * Checks `clash-questions.yaml` against the graph in the graph step, so a stale or mistyped relation id
 * fails `build:graph` at its line, not the page build later: the YAML, its schema, and every id in it.
 */
export function clashQuestionProblems(graph: Graph, path: string): Problem[] {
  let file;
  try {
    file = readClashQuestions(path);
  } catch (cause) {
    return (cause as Error).message.split('\n').map(parseLine);
  }
  const { problems } = groupClashes(graph, crossEssayClashes(graph), file.questions);
  return problems.map((problem) => parseLine(`${file.where(problem.path)}: error: ${problem.message}`));
}
