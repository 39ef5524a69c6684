import type { Question } from '../schemas/question.ts';
import { GraphSchema, type Graph } from '../schemas/graph.ts';
import type { ExtractedEssay } from './extract.ts';
import { error, sortProblems, type Problem } from './problem.ts';
import { createGraphState } from './build-graph/graph-state.ts';
import { registerClaims } from './build-graph/register-claims.ts';
import { checkSources } from './build-graph/check-sources.ts';
import { checkRelations } from './build-graph/check-relations.ts';
import { findSupportCycles } from './build-graph/find-support-cycles.ts';
import { checkUndercuts } from './build-graph/check-undercuts.ts';
import { checkEssays } from './build-graph/check-essays.ts';
import { assembleGraph } from './build-graph/assemble-graph.ts';

/** What `buildGraph` needs. */
export interface BuildGraphInput {
  /** The central question. */
  question: Question;
  /** One entry per essay file, from `extractEssay`. */
  essays: readonly ExtractedEssay[];
  /** Capture file names present in `content/sources/`; when given, essays' `sources` must name them. */
  captures?: readonly string[];
}

/** The graph, when there were no errors, and every problem found (errors and warnings). */
export interface BuildGraphResult {
  /** The validated graph; undefined when any error was found. */
  graph?: Graph;
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
}

/**
 * Validates the claims and relations of all essays together and assembles the argument graph.
 * Reports every problem in one pass, each at its `file:line:column`.
 * The steps live in `./build-graph/`, one a file; this runs them in order.
 */
export function buildGraph(input: BuildGraphInput): BuildGraphResult {
  const state = createGraphState(input.question, input.essays.flatMap((essay) => essay.problems));
  registerClaims(state, input.essays);
  if (input.captures) state.problems.push(...checkSources(input.essays, input.captures));
  const declared = input.essays.flatMap((essay) => essay.relations);
  checkRelations(state, declared.filter((relation) => relation.type !== 'undercuts'));
  state.problems.push(...findSupportCycles(state.relations));
  checkUndercuts(state, declared.filter((relation) => relation.type === 'undercuts'));
  checkEssays(state, input.essays);

  const sorted = sortProblems(state.problems);
  if (sorted.some((problem) => problem.severity === 'error')) return { problems: sorted };
  // The checks above should leave nothing for the schema to reject; if they missed something,
  // report it as a problem rather than throw, so the author still gets every message at once.
  const parsed = GraphSchema.safeParse(assembleGraph(input.question, input.essays, state.relations));
  if (!parsed.success) {
    const schemaProblems = parsed.error.issues.map((issue) =>
      error({ file: input.essays[0]?.file ?? 'content', line: 1, column: 1 }, `the graph does not match its schema at ${issue.path.join('.')}: ${issue.message}`),
    );
    return { problems: sortProblems([...sorted, ...schemaProblems]) };
  }
  return { graph: parsed.data, problems: sorted };
}
