import type { Claim } from '../schemas/claim.ts';
import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { Relation } from '../schemas/relation.ts';
import { TEACH_WORDS } from '../words/teach-words.ts';
import { claimLabel } from '../words/claim-label.ts';
import { claimVoice } from '../words/voice.ts';
import { authorLabel } from '../words/author-name.ts';
import { RELATION_STYLES } from '../words/relation-labels.ts';
import type { QuestionOption, SelfCheckQuestion } from './self-check-question.ts';
import { stableShuffle } from './stable-order.ts';

const Q = TEACH_WORDS.questions;
const S = TEACH_WORDS.selfCheck;

/** The graph indexed for the generators. */
export interface GraphIndex {
  graph: Graph;
  claims: Map<string, Claim>;
  essays: Map<string, GraphEssay>;
  relations: Map<string, Relation>;
}

/** Indexes a graph once for every generator. */
export function indexGraph(graph: Graph): GraphIndex {
  return {
    graph,
    claims: new Map(graph.claims.map((claim) => [claim.id, claim])),
    essays: new Map(graph.essays.map((essay) => [essay.id, essay])),
    relations: new Map(graph.relations.map((relation) => [relation.id, relation])),
  };
}


/** Options in the question's fixed order; undefined unless exactly one is right and no two read alike. */
function options(id: string, list: QuestionOption[]): QuestionOption[] | undefined {
  if (list.filter((option) => option.correct).length !== 1 || new Set(list.map((option) => option.text)).size !== list.length || list.length < 2) return undefined;
  return stableShuffle(list, id, (option) => option.id);
}

/**
 * "Which claim does this one rebut?": the target among three other claims of its essay that the
 * rebuttal does not touch. Options are the claims' labels alone: naming whose each is would give a
 * reported target away among the author's own claims.
 */
export function rebutsWhich(index: GraphIndex, relation: Relation): SelfCheckQuestion | undefined {
  const from = index.claims.get(relation.from);
  const to = index.claims.get(relation.to);
  if (relation.type !== 'rebuts' || !from || !to) return undefined;
  const touched = new Set(index.graph.relations.filter((other) => other.from === from.id || other.to === from.id).flatMap((other) => [other.from, other.to]));
  const pool = index.graph.claims.filter((claim) => claim.essay === to.essay && claim.kind !== 'reader' && !touched.has(claim.id) && claim.id !== from.id);
  const id = `rebuts-which--${relation.id}`;
  const distractors = stableShuffle(pool, id, (claim) => claim.id).slice(0, 3);
  const list = options(id, [to, ...distractors].map((claim) => ({ id: claim.id, text: claimLabel(claim).text, claim, correct: claim.id === to.id })));
  if (!list || list.length < 4) return undefined;
  return {
    id, kind: 'rebuts-which', essay: from.essay, prompt: Q.rebutsWhich, stem: [{ label: Q.claim, claim: from }], options: list,
    explanation: { sentence: Q.relationSentence(claimLabel(from).text, RELATION_STYLES.rebuts.word, claimLabel(to).text), claims: [from, to], ...(relation.note ? { note: relation.note } : {}) },
  };
}

/** "Does the first claim support the second, or rebut it?" for a relation between two claims. */
export function supportOrRebut(index: GraphIndex, relation: Relation): SelfCheckQuestion | undefined {
  const from = index.claims.get(relation.from);
  const to = index.claims.get(relation.to);
  if (relation.type === 'undercuts' || !from || !to) return undefined;
  const id = `support-or-rebut--${relation.id}`;
  const list = options(id, [
    { id: 'supports', text: S.supportsAnswer, correct: relation.type === 'supports' },
    { id: 'rebuts', text: S.rebutsAnswer, correct: relation.type === 'rebuts' },
  ]);
  if (!list) return undefined;
  return {
    id, kind: 'support-or-rebut', essay: from.essay, prompt: Q.supportOrRebut, stem: [{ label: Q.first, claim: from }, { label: Q.second, claim: to }], options: list,
    explanation: { sentence: Q.relationSentence(claimLabel(from).text, RELATION_STYLES[relation.type].word, claimLabel(to).text), claims: [from, to], ...(relation.note ? { note: relation.note } : {}) },
  };
}

/** "Whose view is this reported claim?": its holder, against the author who reports it and the other authors. */
export function whoseView(index: GraphIndex, claim: Claim): SelfCheckQuestion | undefined {
  const essay = index.essays.get(claim.essay);
  if (claim.kind !== 'reported' || !essay) return undefined;
  const voice = claimVoice(claim, essay);
  const others = index.graph.essays.filter((other) => other.id !== essay.id).map((other) => ({ id: other.id, text: authorLabel(other), correct: false }));
  const id = `whose-view--${claim.id}`;
  const list = options(id, [
    { id: 'holder', text: voice.holder, correct: true },
    { id: essay.id, text: authorLabel(essay), correct: false },
    ...stableShuffle(others, id, (option) => option.id).slice(0, 2),
  ]);
  if (!list) return undefined;
  const answer = index.graph.relations.find((relation) => relation.to === claim.id && relation.type === 'rebuts' && index.claims.get(relation.from)?.essay === essay.id);
  const answering = answer && index.claims.get(answer.from);
  return {
    id, kind: 'whose-view', essay: essay.id, prompt: Q.whoseView, stem: [{ label: Q.claim, claim }], options: list,
    explanation: {
      sentence: claim.holder ? Q.reportedSentence(voice.holder, authorLabel(essay)) : Q.reportedNoHolder(authorLabel(essay)),
      claims: answering ? [claim, answering] : [claim],
      ...(answer?.note ? { note: answer.note } : {}),
    },
  };
}

/** "Which essay undercuts this inference?" for an undercut: the essays, the undercutting one right. */
export function whichEssayUndercuts(index: GraphIndex, relation: Relation): SelfCheckQuestion | undefined {
  const inference = index.relations.get(relation.to);
  const by = index.claims.get(relation.from);
  const reason = inference && index.claims.get(inference.from);
  const target = inference && index.claims.get(inference.to);
  if (relation.type !== 'undercuts' || !inference || !by || !reason || !target) return undefined;
  // Another essay that undercuts the same inference would be a second right answer: leave it out.
  const alsoRight = new Set(index.graph.relations.filter((other) => other.type === 'undercuts' && other.to === inference.id).map((other) => index.claims.get(other.from)?.essay));
  const list = options(`which-essay-undercuts--${relation.id}`, index.graph.essays
    .filter((essay) => essay.id === by.essay || !alsoRight.has(essay.id))
    .map((essay) => ({ id: essay.id, text: Q.essayOption(authorLabel(essay), essay.title), correct: essay.id === by.essay })));
  if (!list) return undefined;
  return {
    id: `which-essay-undercuts--${relation.id}`, kind: 'which-essay-undercuts', essay: reason.essay,
    prompt: Q.whichEssay(claimLabel(reason).text, claimLabel(target).text), stem: [{ label: Q.first, claim: reason }, { label: Q.second, claim: target }], options: list,
    explanation: { sentence: Q.undercutSentence(claimLabel(by).text, claimLabel(reason).text, claimLabel(target).text), claims: [by, reason, target], ...(relation.note ? { note: relation.note } : {}) },
  };
}
