import type { Claim } from '../schemas/claim.ts';
import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { Relation } from '../schemas/relation.ts';
import { authorLabel } from './author-name.ts';
import { stanceSentence } from './stance-label.ts';
import { claimVoice } from './voice.ts';
import { capitalise } from './capitalise.ts';
import { DIRECTION_LABELS } from './relation-labels.ts';
import { KIND_LABELS } from './kind-labels.ts';
import { DESCRIPTION_MAX } from './describe-essay.ts';
import { shortenText } from './shorten-text.ts';
import { endSentence } from './end-sentence.ts';

/** What a link preview says about one claim. */
export interface ClaimDescription {
  /** `og:title`: the claim's own words in quotation marks, shortened at a word with "…". */
  title: string;
  /** `og:description`: who said it, in which essay, and what it answers or what answers it. */
  description: string;
  /** Text alternative for the claim's social card. */
  imageAlt: string;
  /** "Reason", "Reader comment", … */
  kind: string;
  /** Whose the words are, for the card: the author, "A reader’s comment", or a reported view's holder as the author reports it (see `claimVoice`). */
  byline: string;
  /** Where they stand, for the card: `in “<essay>”`; `on “<essay>” by <author>` for a reader's comment. */
  source: string;
  /** "From an essay that argues against pressing for negotiations", with the essay's stance scope when it has one. */
  stance: string;
  /** The claim itself. */
  claim: Claim;
  /** Its essay. */
  essay: GraphEssay;
}

/** Longest claim text in an `og:title`. */
export const TITLE_MAX = 110;
/** Longest quotation of another claim inside a description. */
const QUOTE_MAX = 90;

/** Outgoing relations first, cross-essay before same-essay; the question only for theses. */
function rank(relation: Relation, essayOf: (id: string) => string | undefined, own: string, question: string): number {
  if (relation.to === question) return 0;
  return essayOf(relation.to) === own ? 2 : 1;
}

/**
 * Describes a claim for link previews: "Frederick W. Kagan, “The Case Against Negotiations with Russia”.
 * Rebuts Ryan Evans: “…”". Reader comments are never credited to the essay's author, nor a reported view
 * to the author who reports it (`claimVoice` words both). Throws on an unknown id.
 */
export function describeClaim(graph: Graph, id: string): ClaimDescription {
  const claim = graph.claims.find((item) => item.id === id);
  if (!claim) throw new Error(`describeClaim: no claim "${id}"`);
  const essay = graph.essays.find((item) => item.id === claim.essay);
  if (!essay) throw new Error(`describeClaim: claim "${id}" names an unknown essay "${claim.essay}"`);
  const byId = new Map(graph.claims.map((item) => [item.id, item]));
  const essayOf = (claimId: string) => byId.get(claimId)?.essay;
  const essayById = new Map(graph.essays.map((item) => [item.id, item]));
  /** Whose another claim is: its essay's author, "a reader", or a reported view's holder as its author reports it. */
  const speaker = (other: Claim) => claimVoice(other, essayById.get(other.essay)!).phrase;
  const relationsById = new Map(graph.relations.map((relation) => [relation.id, relation]));
  const quote = (other: Claim) => `“${shortenText(other.text, { max: QUOTE_MAX })}”`;

  const author = authorLabel(essay);
  const reader = claim.kind === 'reader';
  const reported = claim.kind === 'reported';
  const voice = claimVoice(claim, essay);
  // A reader's words are never credited to the essay's author, nor a reported view to the author who reports it.
  const byline = reader ? 'A reader’s comment' : capitalise(voice.phrase);
  const source = reader ? `on “${essay.title}” by ${author}` : `in “${essay.title}”`;
  const opening = reader
    ? `A reader’s comment on “${essay.title}” by ${author}.`
    : reported
      ? `${capitalise(voice.phrase)}, in “${essay.title}”.`
      : `${author}, “${essay.title}”.`;
  const parts: string[] = [opening];
  const outgoing = graph.relations
    .filter((relation) => relation.from === id)
    .sort((a, b) => rank(a, essayOf, essay.id, graph.question.id) - rank(b, essayOf, essay.id, graph.question.id));
  for (const relation of outgoing) {
    const verb = DIRECTION_LABELS[relation.type];
    if (relation.to === graph.question.id) {
      parts.push(`Its answer to “${graph.question.text}”: ${relation.type === 'supports' ? 'yes' : 'no'}.`);
      continue;
    }
    // An undercut's target is a relation: name the claim whose bearing it denies.
    const target = byId.get(relation.type === 'undercuts' ? (relationsById.get(relation.to)?.from ?? '') : relation.to);
    if (!target) continue;
    // Within one essay the speaker goes without saying, unless it is a reader or a view the essay reports.
    const plain = target.essay === essay.id && target.kind !== 'reader' && target.kind !== 'reported';
    parts.push(endSentence(plain ? `${verb} ${quote(target)}` : `${verb} ${speaker(target)}: ${quote(target)}`));
  }
  const incoming = graph.relations
    .filter((item) => item.to === id && item.type === 'rebuts')
    .sort((a, b) => Number(essayOf(a.from) === essay.id) - Number(essayOf(b.from) === essay.id));
  for (const relation of incoming) {
    const rebutter = byId.get(relation.from);
    if (rebutter) parts.push(endSentence(`${DIRECTION_LABELS['rebutted-by']} ${speaker(rebutter)}: ${quote(rebutter)}`));
  }
  // Whole sentences only, so a quotation is never cut open.
  let description = parts[0]!;
  for (const part of parts.slice(1)) {
    if (description.length + 1 + part.length > DESCRIPTION_MAX) break;
    description += ` ${part}`;
  }
  const title = `“${shortenText(claim.text, { max: TITLE_MAX })}”`;
  const stance = `From an essay that ${stanceSentence(essay)}`;
  return {
    title,
    description,
    imageAlt: `${title}: ${reader ? `a reader’s comment ${source}` : reported ? `${voice.phrase}, ${source}` : `${KIND_LABELS[claim.kind].short.toLowerCase()} by ${author}, ${source}`}. ${stance}.`,
    kind: KIND_LABELS[claim.kind].short,
    byline,
    source,
    stance,
    claim,
    essay,
  };
}
