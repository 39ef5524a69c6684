import type { CLAIM_KINDS } from '../../schemas/claim.ts';
import type { RelationType } from '../../schemas/relation.ts';
import type { Essay } from '../../schemas/essay.ts';
import type { Place, Problem } from '../problem.ts';

/** The kinds a claim can have. */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A reader comment, by its capture and its number there. */
export interface CommentRef {
  /** The capture file name in `content/sources/`. */
  capture: string;
  /** Its number in the capture, from 1. */
  n: number;
}

/** A claim as marked in one file, before the graph is validated. */
export interface ExtractedClaim {
  /** The id from `{#id}`. */
  id: string;
  /** The essay id (the file name without `.md`). */
  essay: string;
  /** The exact words inside the brackets, as plain text. */
  text: string;
  /** The claim's kind. */
  kind: ClaimKind;
  /** Plain text of the paragraph the claim stands in. */
  context: string;
  /** Our short title for the claim (`title="…"`), when the markup gives one. */
  title?: string;
  /** For `reported` claims: whose position it is, when the essay names them (`holder="…"`). */
  holder?: string;
  /** For claims inside a reader comment: its capture and number. */
  comment?: CommentRef;
  /** Where the directive starts. */
  place: Place;
}

/** A relation as declared in one file. */
export interface ExtractedRelation {
  /** The supporting or rebutting claim. */
  from: string;
  /** The claim or question supported or rebutted; for `undercuts`, the id of the relation undercut. */
  to: string;
  /** The relation type. */
  type: RelationType;
  /** Our note, when declared with a leaf directive. */
  note?: string;
  /** True when the leaf directive carries the bare attribute `contestable`. */
  contestable?: boolean;
  /** Where it is declared. */
  place: Place;
}

/** A block of text a reader sees on the essay page (a paragraph, heading, tweet line…), for the fidelity checks. */
export interface ExtractedBlock {
  /** Its plain text, white space collapsed. */
  text: string;
  /** Where it starts. */
  place: Place;
  /** For the words of a reader comment: the comment. */
  comment?: CommentRef;
  /** True for a tweet's attribution (author, handle, date): the page places it, so only its words are checked, not its order. */
  attribution?: true;
}

/** Everything one essay file contributes to the graph. */
export interface ExtractedEssay {
  /** The essay id: the file name without `.md`. */
  id: string;
  /** The file path as shown in messages. */
  file: string;
  /** Validated frontmatter, or undefined when it has errors (listed in `problems`). */
  frontmatter?: Essay;
  /** Claims in text order. */
  claims: ExtractedClaim[];
  /** Relations in declaration order. */
  relations: ExtractedRelation[];
  /** Words of the essay body, without notes, tweets and reader comments. */
  words: number;
  /** Ids of claims marked with an error already reported: relations naming them are not checked again. */
  broken: string[];
  /** Where each top-level frontmatter field is written, so later checks can point at it. */
  fields: Record<string, Place>;
  /** The element ids rehype-slug gives the essay's headings (github-slugger), with where each heading is. */
  slugs: Array<{ id: string; place: Place }>;
  /** Every block of text shown on the page, in order (body, notes, tweets, reader comments; not our relation notes). */
  blocks: ExtractedBlock[];
  /** Errors found in this file alone. */
  problems: Problem[];
}
