import type { Question } from '../../schemas/question.ts';
import type { ExtractedClaim, ExtractedRelation } from '../extract/extracted-essay.ts';
import type { Problem } from '../problem.ts';

/** What the graph steps share as they check all essays together. */
export interface GraphState {
  /** The central question. */
  question: Question;
  /** Every problem found so far, the essays' own first. */
  problems: Problem[];
  /** Claims registered so far, by id (the first of a duplicate only). */
  claimsById: Map<string, ExtractedClaim>;
  /**
   * Ids already reported (marked twice, or taken from the page or the question): relations naming
   * them cannot be checked against the right claim, so they are skipped rather than reported again.
   */
  rejected: Set<string>;
  /** Claims with a relation that could not be checked: not "unrelated", so no warning for them. */
  unchecked: Set<string>;
  /** Relations accepted so far, by `from` and `to`, to find one declared twice. */
  seen: Map<string, ExtractedRelation>;
  /** Relations accepted so far, in the order checked. */
  relations: ExtractedRelation[];
}

/** A fresh state for one graph, starting from the essays' own problems. */
export function createGraphState(question: Question, problems: readonly Problem[]): GraphState {
  return { question, problems: [...problems], claimsById: new Map(), rejected: new Set(), unchecked: new Set(), seen: new Map(), relations: [] };
}
