import type { Claim } from '../schemas/claim.ts';
import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { Relation } from '../schemas/relation.ts';
import { authorLabel, stanceLabel } from './claim-labels.ts';
import { KIND_LABELS } from './kind-labels.ts';
import { DESCRIPTION_MAX } from './describe-essay.ts';
import { truncateText } from './truncate-text.ts';
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
  /** Who the words are by, for the card: the author, or "A reader’s comment". */
  byline: string;
  /** Where they stand, for the card: `in “<essay>”`; `on “<essay>” by <author>` for a reader's comment; `a view “<essay>” argues against` for a reported view. */
  source: string;
  /** "From an essay that argues against negotiations". */
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
 * Rebuts Ryan Evans: “…”". Reader comments are never credited to the essay's author. Throws on an unknown id.
 */
export function describeClaim(graph: Graph, id: string): ClaimDescription {
  const claim = graph.claims.find((item) => item.id === id);
  if (!claim) throw new Error(`describeClaim: no claim "${id}"`);
  const essay = graph.essays.find((item) => item.id === claim.essay);
  if (!essay) throw new Error(`describeClaim: claim "${id}" names an unknown essay "${claim.essay}"`);
  const byId = new Map(graph.claims.map((item) => [item.id, item]));
  const essayOf = (claimId: string) => byId.get(claimId)?.essay;
  const essayById = new Map(graph.essays.map((item) => [item.id, item]));
  /** Who said another claim: its essay's author, or "a reader". */
  const speaker = (other: Claim) =>
    other.kind === 'reader' ? 'a reader' : other.kind === 'reported' ? `a view ${authorLabel(essayById.get(other.essay)!)} reports` : authorLabel(essayById.get(other.essay)!);
  const quote = (other: Claim) => `“${truncateText(other.text, QUOTE_MAX)}”`;

  const author = authorLabel(essay);
  const reader = claim.kind === 'reader';
  // A reader's words are never credited to the essay's author; a reported view is flagged as not the author's own.
  const byline = reader ? 'A reader’s comment' : author;
  const source = reader ? `on “${essay.title}” by ${author}` : claim.kind === 'reported' ? `a view “${essay.title}” argues against` : `in “${essay.title}”`;
  const opening = reader
    ? `A reader’s comment on “${essay.title}” by ${author}.`
    : claim.kind === 'reported'
      ? `A view ${author} states in order to argue against it, in “${essay.title}”.`
      : `${author}, “${essay.title}”.`;
  const parts: string[] = [opening];
  const outgoing = graph.relations
    .filter((relation) => relation.from === id)
    .sort((a, b) => rank(a, essayOf, essay.id, graph.question.id) - rank(b, essayOf, essay.id, graph.question.id));
  for (const relation of outgoing) {
    const verb = relation.type === 'rebuts' ? 'Rebuts' : 'Supports';
    if (relation.to === graph.question.id) {
      parts.push(`Its answer to “${graph.question.text}”: ${relation.type === 'supports' ? 'yes' : 'no'}.`);
      continue;
    }
    const target = byId.get(relation.to);
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
    if (rebutter) parts.push(endSentence(`Rebutted by ${speaker(rebutter)}: ${quote(rebutter)}`));
  }
  // Whole sentences only, so a quotation is never cut open.
  let description = parts[0]!;
  for (const part of parts.slice(1)) {
    if (description.length + 1 + part.length > DESCRIPTION_MAX) break;
    description += ` ${part}`;
  }
  const title = `“${truncateText(claim.text, TITLE_MAX)}”`;
  const stance = `From an essay that ${stanceLabel(essay.stance)}`;
  return {
    title,
    description,
    imageAlt: `${title}: ${reader ? `a reader’s comment ${source}` : `${KIND_LABELS[claim.kind].short.toLowerCase()} by ${author}, ${source}`}. ${stance}.`,
    kind: KIND_LABELS[claim.kind].short,
    byline,
    source,
    stance,
    claim,
    essay,
  };
}
