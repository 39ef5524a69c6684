import type { Claim } from '../schemas/claim.ts';
import type { Relation } from '../schemas/relation.ts';

/** An answer field on a worksheet: free text, or ticks among claims. */
export type WorksheetField =
  | {
      /** Free text. */
      kind: 'text';
      /** Unique on its worksheet; the key of the answer in storage and in an exported file. */
      id: string;
      /** The field's visible label. */
      label: string;
      /** How many lines the box shows (and prints). */
      rows: number;
    }
  | {
      /** Ticks: choose `pick` of `options`. */
      kind: 'choices';
      /** Unique on its worksheet. */
      id: string;
      /** The group's legend. */
      label: string;
      /** How many to tick. */
      pick: number;
      /** The claims to choose among. */
      options: Claim[];
    };

/** One prompt: our words, the claims it refers to, and where the student answers. */
export interface WorksheetPrompt {
  /** Unique on its worksheet. */
  id: string;
  /** The prompt, ours. */
  text: string;
  /** The claims it refers to, each linked on the page. */
  claims: Claim[];
  /** Our note on how the claims bear on each other, when the prompt rests on a relation that has one. */
  note?: string;
  /** The answer fields, in order. */
  fields: WorksheetField[];
}

/** How the site maps a paragraph, for "Map it yourself": shown after the student has answered. */
export interface ParagraphReading {
  /** The essay the paragraph is in. */
  essay: string;
  /** The paragraph, as plain text (the authors' words). */
  text: string;
  /** Its claims, in text order. */
  claims: Claim[];
  /** Supports and rebuttals between two of its claims. */
  inside: Relation[];
  /** Relations between one of its claims and a claim elsewhere (or the question), undercuts included. */
  outside: Relation[];
}

/** A worksheet, generated from the graph and the reading guide. */
export interface Worksheet {
  /** Its URL segment: `/teach/worksheets/<id>/`; stable while the essay or exercise keeps its name. */
  id: string;
  /** Which generator made it. */
  kind: 'exercise' | 'argue' | 'map';
  /** Its title, ours. */
  title: string;
  /** What it asks, ours. */
  intro: string;
  /** For an exercise: the reading guide's task, ours. */
  task?: string;
  /** The essays it is about, by id. */
  essays: string[];
  /** The prompts, in order. */
  prompts: WorksheetPrompt[];
  /** For "Map it yourself": the paragraph and how the site maps it. */
  paragraph?: ParagraphReading;
}
