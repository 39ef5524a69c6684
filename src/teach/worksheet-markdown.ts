import { TEACH_WORDS } from '../words/teach-words.ts';
import { WORKSHEET_FORMAT_VERSION, worksheetCitation, type WorksheetData } from './worksheet-data.ts';

/** A student's answers: their name, and each field's text (or, for ticks, the ids ticked). */
export interface WorksheetAnswers {
  /** The name typed in the name field. */
  name: string;
  /** By field id. */
  fields: Record<string, string | string[]>;
}

/** Where and when an export is made. */
export interface ExportPlace {
  /** The worksheet's address, as the student's browser has it. */
  url: string;
  /** The day of export, as the reader reads it ("7 December 2026"). */
  date: string;
  /** Turns a site link into an absolute one. */
  resolve: (href: string) => string;
}

/** The file's first line: it names the worksheet, so an import can tell one export from any other file. */
const HEADER = /^<!--\s*counterpoint-worksheet\s+id="([a-z0-9-]+)"\s+version="(\d+)"\s+title="([^"]*)"\s*-->\s*$/;
const OPEN = /^<!--\s*answer\s+([a-z0-9-]+)\s*-->\s*$/;
const CLOSE = /^<!--\s*\/answer\s*-->\s*$/;
const TICK = /^\s*[-*+]\s*\[([ xX])\].*\(claim:\s*([a-z0-9-]+)\)\s*$/;

/** An answer as a Markdown block quote inside its markers, so nothing typed can close the block early. */
function block(id: string, lines: string[]): string[] {
  return [`<!-- answer ${id} -->`, ...lines, '<!-- /answer -->'];
}
const quoted = (text: string) => text.replace(/\r\n?/g, '\n').split('\n').map((line) => (line === '' ? '>' : `> ${line}`));

/**
 * A filled worksheet as Markdown a person can read and an instructor can mark: name, date, prompts with
 * the claims they refer to, the answers, and the citation. Each answer sits between HTML-comment
 * markers that Markdown viewers hide and `parseWorksheetMarkdown` reads back.
 */
export function toWorksheetMarkdown(data: WorksheetData, answers: WorksheetAnswers, place: ExportPlace): string {
  const W = TEACH_WORDS.worksheet;
  const out = [`<!-- counterpoint-worksheet id="${data.id}" version="${data.version}" title="${data.title.replace(/"/g, '”')}" -->`, `# ${data.title}`, ''];
  out.push(`**${W.name}:**`, ...block('name', quoted(answers.name)), '', `**${W.date}:** ${place.date}`, '');
  if (data.task) out.push(...quoted(data.task), '');
  if (data.paragraph) out.push(...quoted(data.paragraph), '');
  for (const prompt of data.prompts) {
    out.push(`## ${prompt.n}. ${prompt.text}`, '');
    for (const claim of prompt.claims) out.push(`- “${claim.label}” <${place.resolve(claim.href)}>`);
    if (prompt.claims.length > 0) out.push('');
    if (prompt.note) out.push(`${TEACH_WORDS.prompts.rebuttalNote}${prompt.note}`, '');
    for (const field of prompt.fields) {
      const value = answers.fields[field.id];
      out.push(`**${field.label}:**`);
      if (field.kind === 'text') out.push(...block(field.id, quoted(typeof value === 'string' ? value : '')));
      else {
        const ticked = new Set(Array.isArray(value) ? value : []);
        out.push(...block(field.id, field.options.map((option) => `- [${ticked.has(option.id) ? 'x' : ' '}] ${option.label} (claim: ${option.id})`)));
      }
      out.push('');
    }
  }
  out.push('---', '', `**${W.cite}:**`, '', ...worksheetCitation(data, place.url, place.date).map((line) => `- ${line}`), '');
  return out.join('\n');
}

/** What an import gives back: the answers, or a message for the student saying what is wrong and what to do. */
export type ParsedWorksheet = { ok: true; answers: WorksheetAnswers } | { ok: false; error: string };

/** The answer lines of a text block, without their quote marks (lines an editor left unquoted are kept as they are). */
const unquote = (lines: string[]) => lines.map((line) => line.replace(/^\s*> ?/, '')).join('\n').replace(/^\n+|\n+$/g, '');

/**
 * Reads an exported worksheet back (see `toWorksheetMarkdown`), tolerant of what a text editor does to
 * a file (a byte-order mark, Windows line ends, trailing spaces, quote marks dropped). Refuses, with a
 * message for the student, a file that is not an export, the export of another worksheet, or a damaged one.
 * Fields the file lacks come back empty; fields this worksheet no longer has are ignored.
 */
export function parseWorksheetMarkdown(text: string, data: Pick<WorksheetData, 'id' | 'prompts'>): ParsedWorksheet {
  const E = TEACH_WORDS.importErrors;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).map((line) => line.replace(/\s+$/, ''));
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { ok: false, error: E.empty };
  const header = HEADER.exec(lines[first]!.trim());
  if (!header) return { ok: false, error: E.notExport };
  if (Number(header[2]) > WORKSHEET_FORMAT_VERSION) return { ok: false, error: E.newerVersion };
  if (header[1] !== data.id) return { ok: false, error: E.otherSheet(header[3] || header[1]!) };
  const fields = new Map(data.prompts.flatMap((prompt) => prompt.fields).map((field) => [field.id, field]));
  const answers: WorksheetAnswers = { name: '', fields: {} };
  for (let i = first + 1; i < lines.length; i += 1) {
    const open = OPEN.exec(lines[i]!.trim());
    if (!open) continue;
    const end = lines.findIndex((line, at) => at > i && CLOSE.test(line.trim()));
    if (end < 0) return { ok: false, error: E.unclosed(open[1]!, i + 1) };
    const body = lines.slice(i + 1, end);
    const field = fields.get(open[1]!);
    if (open[1] === 'name') answers.name = unquote(body).split('\n')[0] ?? '';
    else if (field?.kind === 'text') answers.fields[field.id] = unquote(body);
    else if (field?.kind === 'choices') {
      const known = new Set(field.options.map((option) => option.id));
      answers.fields[field.id] = body.map((line) => TICK.exec(line)).filter((tick) => tick !== null && tick[1] !== ' ' && known.has(tick[2]!)).map((tick) => tick![2]!);
    }
    i = end;
  }
  return { ok: true, answers };
}
