import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { claimLabel } from '../words/claim-label.ts';
import type { Worksheet } from './worksheet.ts';

/** The version of the exported file's format; an import refuses a newer one. */
export const WORKSHEET_FORMAT_VERSION = 1;

/** A field as the browser script and the exported file see it. */
export type WorksheetDataField =
  | { kind: 'text'; id: string; label: string }
  | { kind: 'choices'; id: string; label: string; pick: number; options: { id: string; label: string }[] };

/** A worksheet as its page hands it to the browser script: plain data, enough to export and import it. */
export interface WorksheetData {
  /** The worksheet id. */
  id: string;
  /** Its title. */
  title: string;
  /** The format version the page writes. */
  version: number;
  /** For an exercise, the task. */
  task?: string;
  /** For "Map it yourself", the paragraph (the author's words). */
  paragraph?: string;
  /** The essays it concerns, for the citation. */
  essays: { author: string; title: string; outlet: string; published: string }[];
  /** The prompts in order, numbered from 1. */
  prompts: {
    id: string;
    n: number;
    text: string;
    /** The claims it refers to: id, label (see claimLabel) and site link (with the base). */
    claims: { id: string; label: string; href: string }[];
    note?: string;
    fields: WorksheetDataField[];
  }[];
}

/** The data for a worksheet's page; `href` links a claim (with the site's base), `date` formats a publication date. */
export function worksheetData(sheet: Worksheet, essays: readonly GraphEssay[], href: (claim: Claim) => string, date: (iso: string) => string): WorksheetData {
  const claim = (item: Claim) => ({ id: item.id, label: claimLabel(item).text, href: href(item) });
  return {
    id: sheet.id,
    title: sheet.title,
    version: WORKSHEET_FORMAT_VERSION,
    ...(sheet.task ? { task: sheet.task } : {}),
    ...(sheet.paragraph ? { paragraph: sheet.paragraph.text } : {}),
    essays: sheet.essays.map((id) => essays.find((essay) => essay.id === id)).filter((essay) => essay !== undefined).map((essay) => ({ author: essay.author, title: essay.title, outlet: essay.outlet, published: date(essay.published) })),
    prompts: sheet.prompts.map((prompt, index) => ({
      id: prompt.id,
      n: index + 1,
      text: prompt.text,
      claims: prompt.claims.map(claim),
      ...(prompt.note ? { note: prompt.note } : {}),
      fields: prompt.fields.map((field) => (field.kind === 'text'
        ? { kind: 'text', id: field.id, label: field.label }
        : { kind: 'choices', id: field.id, label: field.label, pick: field.pick, options: field.options.map((option) => ({ id: option.id, label: claimLabel(option).text })) })),
    })),
  };
}

/** How to cite a worksheet: the worksheet (ours) at its address, then the essays it quotes. */
export function worksheetCitation(data: Pick<WorksheetData, 'title' | 'essays'>, url: string, accessed: string): string[] {
  return [
    `Counterpoint editors. “${data.title}.” Worksheet. Counterpoint. ${url} (accessed ${accessed}).`,
    ...data.essays.map((essay) => `${essay.author}. “${essay.title}.” ${essay.outlet}, ${essay.published}.`),
  ];
}
