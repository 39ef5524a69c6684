import type { Graph } from '../schemas/graph.ts';
import { QUESTION_KINDS, type SelfCheckQuestion } from './self-check-question.ts';
import { indexGraph, rebutsWhich, supportOrRebut, whichEssayUndercuts, whoseView } from './question-generators.ts';
import { stableHash } from './stable-order.ts';

/** How many questions the self-check on every essay asks, and the one on a single essay. */
export const SELF_CHECK_SIZE = { all: 24, essay: 12 } as const;

/**
 * Every question the graph supports (the question bank): "which claim does this one rebut?" and "does
 * it support or rebut?" for relations between claims, "whose view is this?" for each reported claim,
 * "which essay undercuts this inference?" for each undercut. A relation is asked about once: by
 * "support or rebut" when it carries our note (the feedback quotes it) or, for half the rebuttals
 * without one, chosen by their ids; by "which claim does this one rebut?" otherwise.
 */
export function questionBank(graph: Graph): SelfCheckQuestion[] {
  const index = indexGraph(graph);
  const questions: (SelfCheckQuestion | undefined)[] = [];
  for (const relation of graph.relations) {
    if (relation.type === 'undercuts') questions.push(whichEssayUndercuts(index, relation));
    else if (relation.note || (relation.type === 'rebuts' && stableHash(relation.id) % 2 === 0)) questions.push(supportOrRebut(index, relation));
    else if (relation.type === 'rebuts') questions.push(rebutsWhich(index, relation) ?? supportOrRebut(index, relation));
  }
  for (const claim of graph.claims) questions.push(whoseView(index, claim));
  return questions.filter((question): question is SelfCheckQuestion => question !== undefined);
}

/**
 * A self-check of at most `size` questions from `questions`, taking the kinds in turn and, within a
 * kind, the essays in turn, so that every kind and essay is asked about; in the graph's order within each.
 */
export function pickQuestions(questions: readonly SelfCheckQuestion[], essays: readonly string[], size: number): SelfCheckQuestion[] {
  const queues = QUESTION_KINDS.map((kind) => essays.map((essay) => questions.filter((question) => question.kind === kind && question.essay === essay)));
  const picked: SelfCheckQuestion[] = [];
  for (let round = 0; picked.length < size; round += 1) {
    let took = false;
    for (const byEssay of queues) {
      const turn = byEssay.flatMap((queue) => (queue[round] ? [queue[round]!] : []));
      for (const question of turn) {
        if (picked.length < size) picked.push(question);
        took = true;
      }
    }
    if (!took) break;
  }
  return picked;
}

/** The self-check on every essay, and on one essay: picked from the bank. */
export function selfCheck(graph: Graph, essay?: string): SelfCheckQuestion[] {
  const bank = questionBank(graph);
  if (essay === undefined) return pickQuestions(bank, graph.essays.map((item) => item.id), SELF_CHECK_SIZE.all);
  return pickQuestions(bank.filter((question) => question.essay === essay), [essay], SELF_CHECK_SIZE.essay);
}
