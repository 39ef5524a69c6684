import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Relation } from '../schemas/relation.ts';
import type { ClashQuestion, ClashQuestions } from '../schemas/clash-questions.ts';
import { closest as nearest, distance } from 'fastest-levenshtein';
import { shortenText, QUOTATION_CUT } from '../words/shorten-text.ts';
import { shortVoice } from '../words/reading-words.ts';

/** One clash: a claim in one essay that rebuts or undercuts a claim in another. */
export interface Clash {
  /** The relation's id; the clash's permanent URL is `/clashes/<id>/`. */
  id: string;
  /** `rebuts` (denies the claim) or `undercuts` (denies that it bears on what it is used for). */
  type: 'rebuts' | 'undercuts';
  /** The relation itself. */
  relation: Relation;
  /** The attacking claim and its essay. */
  from: Claim;
  fromEssay: GraphEssay;
  /** The claim attacked (for an undercut: the claim whose bearing is denied) and its essay. */
  to: Claim;
  toEssay: GraphEssay;
  /** For an undercut: the relation undercut, and the claim it was a reason for (undefined: the question). */
  undercut?: Relation;
  undercutTarget?: Claim;
  /** `/clashes/<id>/`. */
  url: string;
}

/**
 * Every cross-essay clash in the graph, in the graph's relation order: each `rebuts` whose two claims
 * are in different essays, and each `undercuts` whose claim is in another essay than the claim of the
 * relation it undercuts. (A reader's comment counts as its own voice only in notes; here, as in
 * /graph.json, it belongs to the essay it answers.)
 */
export function crossEssayClashes(graph: Graph): Clash[] {
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const out: Clash[] = [];
  for (const relation of graph.relations) {
    if (relation.type === 'supports') continue;
    const from = claims.get(relation.from);
    const undercut = relation.type === 'undercuts' ? relations.get(relation.to) : undefined;
    const to = claims.get(undercut ? undercut.from : relation.to);
    if (!from || !to || from.essay === to.essay) continue;
    out.push({
      id: relation.id,
      type: relation.type,
      relation,
      from,
      fromEssay: essays.get(from.essay)!,
      to,
      toEssay: essays.get(to.essay)!,
      ...(undercut ? { undercut, undercutTarget: claims.get(undercut.to) } : {}),
      url: `/clashes/${relation.id}/`,
    });
  }
  return out;
}

/** The clashes a claim is in, either side. */
export function claimClashes(graph: Graph, id: string): Array<Clash & { title: string }> {
  return crossEssayClashes(graph)
    .filter((clash) => clash.from.id === id || clash.to.id === id)
    .map((clash) => ({ ...clash, title: clashTitle(clash) }));
}

/**
 * "Kagan rebuts Evans: Talks could delay an invasion": a clash's title, whose each side is as `shortVoice`
 * words it, naming the claim attacked by our title for it, or by its opening words in quotation marks
 * while it has none.
 */
export function clashTitle(clash: Clash): string {
  const label = clash.to.title ?? `“${shortenText(clash.to.text, { ...QUOTATION_CUT, max: 72 })}”`;
  return `${shortVoice(clash.from, clash.fromEssay)} ${clash.type} ${shortVoice(clash.to, clash.toEssay)}: ${label}`;
}

/** A problem with the grouping file: where (a path into the YAML) and what to do. */
export interface GroupingProblem {
  /** The path of the offending value in the file, e.g. `['questions', 0, 'relations', 2]`. */
  path: (string | number)[];
  /** What is wrong and what to do. */
  message: string;
}

/** The clashes under one question (or under "Other clashes": `question` undefined). */
export interface ClashGroup {
  question?: ClashQuestion;
  clashes: Clash[];
}

/**
 * Files every clash under the first question that lists its relation id or, failing that, one of
 * its two claims; the rest go in a last group with no question ("Other clashes"). Every clash is in
 * exactly one group. Problems: a relation id that is not a clash, a claim id not in the graph, an
 * id listed twice, a question id used twice.
 */
export function groupClashes(graph: Graph, clashes: Clash[], file: ClashQuestions): { groups: ClashGroup[]; problems: GroupingProblem[] } {
  const problems: GroupingProblem[] = [];
  const byId = new Map(clashes.map((clash) => [clash.id, clash]));
  const claimIds = new Set(graph.claims.map((claim) => claim.id));
  const relationIds = new Set(graph.relations.map((relation) => relation.id));
  const seenQuestion = new Set<string>();
  const seenRelation = new Map<string, number>();
  file.questions.forEach((question, index) => {
    if (seenQuestion.has(question.id)) problems.push({ path: ['questions', index, 'id'], message: `question id "${question.id}" is used twice: give each question its own id` });
    seenQuestion.add(question.id);
    question.relations.forEach((id, at) => {
      if (!byId.has(id)) {
        const why = relationIds.has(id) ? 'is in the graph but is not a rebuttal or undercut across two essays' : 'is not a relation id in the graph';
        const near = closest(id, clashes.map((clash) => clash.id));
        problems.push({ path: ['questions', index, 'relations', at], message: `"${id}" ${why}${near ? `; did you mean "${near}"?` : ''} (ids are as in /graph.json; fix or remove it)` });
      } else if (seenRelation.has(id)) {
        problems.push({ path: ['questions', index, 'relations', at], message: `"${id}" is already filed under question ${seenRelation.get(id)! + 1}: list each clash once` });
      } else seenRelation.set(id, index);
    });
    question.claims.forEach((id, at) => {
      if (!claimIds.has(id)) {
        const near = closest(id, [...claimIds]);
        problems.push({ path: ['questions', index, 'claims', at], message: `"${id}" is not a claim id in the graph${near ? `; did you mean "${near}"?` : ''} (fix or remove it)` });
      }
    });
  });
  const groups: ClashGroup[] = file.questions.map((question) => ({ question, clashes: [] }));
  const other: Clash[] = [];
  for (const clash of clashes) {
    let index = file.questions.findIndex((question) => question.relations.includes(clash.id));
    if (index < 0) index = file.questions.findIndex((question) => question.claims.includes(clash.from.id) || question.claims.includes(clash.to.id));
    if (index < 0) other.push(clash);
    else groups[index]!.clashes.push(clash);
  }
  if (other.length > 0) groups.push({ clashes: other });
  return { groups, problems };
}

/** The candidate nearest to `id` (Levenshtein), if it is near enough to be a typo of it, for "did you mean". */
function closest(id: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = nearest(id, candidates);
  return distance(id, best) <= Math.max(3, Math.floor(id.length / 3)) ? best : undefined;
}
