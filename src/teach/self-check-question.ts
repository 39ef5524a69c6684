import type { Claim } from '../schemas/claim.ts';

/** The kinds of self-check question, each generated from one kind of fact in the graph. */
export const QUESTION_KINDS = ['rebuts-which', 'support-or-rebut', 'whose-view', 'which-essay-undercuts'] as const;

/** One answer to choose. */
export interface QuestionOption {
  /** Unique within its question (a claim id, an essay id, `supports`…). */
  id: string;
  /** What the student reads. */
  text: string;
  /** The claim the option names, when it names one. */
  claim?: Claim;
  /** True for the one right answer. */
  correct: boolean;
}

/** A multiple-choice question generated from the graph, with exactly one right answer. */
export interface SelfCheckQuestion {
  /** Stable across builds while the relation or claim it asks about keeps its id. */
  id: string;
  /** Which fact it asks about. */
  kind: (typeof QUESTION_KINDS)[number];
  /** The essay of the claim the question is about: its per-essay self-check and its GIFT category. */
  essay: string;
  /** The question, ours. */
  prompt: string;
  /** The claims quoted in the stem, each with its label ("First claim"). */
  stem: { label: string; claim: Claim }[];
  /** The options, in a fixed order that varies between questions; exactly one is right. */
  options: QuestionOption[];
  /** What the feedback says after any answer. */
  explanation: {
    /** One sentence saying what the map records, naming claims by their labels. */
    sentence: string;
    /** The claims it concerns, each linked. */
    claims: Claim[];
    /** Our note on the relation, quoted, when it has one. */
    note?: string;
  };
}
