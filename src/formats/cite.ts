/**
 * Citations rendered by citation-js (citeproc-js) with the official CSL styles, from one CSL-JSON record
 * (src/formats/csl-record.ts): Chicago author-date (17th ed.), APA 7 and MLA 9, plus BibTeX and RIS from
 * the same record. Nothing here formats a citation by hand: it only turns citeproc's HTML into text runs
 * (so nothing in a record can become markup on our pages) and names the styles.
 *
 * APA 7 ships with @citation-js/plugin-csl; the Chicago and MLA styles are the CSL project's files in
 * src/formats/csl/ (copied by scripts/extract-csl-styles.ts; CC BY-SA 3.0, see LICENSE.md there).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { fromHtml } from 'hast-util-from-html';
import type { ElementContent, RootContent } from 'hast';
import type { CslRecord } from './csl-record.ts';

/** A run of citation text; `{ italic }` marks what the style sets in italics. */
export type CitationPart = string | { italic: string };

/** The styles the site offers, in the order it shows them. */
export const CITATION_STYLES = [
  { id: 'chicago-author-date', label: 'Chicago (author-date, 17th ed.)', file: 'chicago-author-date.csl' },
  { id: 'apa', label: 'APA 7', file: undefined },
  { id: 'modern-language-association', label: 'MLA 9', file: 'modern-language-association.csl' },
] as const;

/** A style's id in CITATION_STYLES. */
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/** Where the project keeps its CSL files (resolved from the project root, as Astro's build and the tests run). */
export const CSL_DIR = resolve(process.cwd(), 'src/formats/csl');

let registered = false;

/** Registers the project's CSL styles with citation-js once, and lets our kebab-case ids be BibTeX keys. */
function registerStyles(): void {
  if (registered) return;
  // plugin-bibtex refuses "-" in a key (legal in BibTeX) and would make "Greene2022Why" of every claim.
  (plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;
  const styles = plugins.config.get('@csl').styles;
  for (const style of CITATION_STYLES) {
    if (style.file === undefined || styles.has(style.id)) continue;
    const path = resolve(CSL_DIR, style.file);
    try {
      styles.add(style.id, readFileSync(path, 'utf8'));
    } catch (cause) {
      throw new Error(`cite: cannot read the CSL style ${path}; run "npx node scripts/extract-csl-styles.ts"`, { cause });
    }
  }
  registered = true;
}

/** Flattens a citation to plain text (italics dropped), for copying or tests. */
export function citationText(parts: CitationPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.italic)).join('');
}

/** Text runs of citeproc's HTML: italics kept, every other tag unwrapped, entities decoded. */
function runs(nodes: (RootContent | ElementContent)[], italic: boolean, out: CitationPart[]): CitationPart[] {
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = out.at(-1);
      // Merge neighbours of the same kind, so a test can compare runs, not citeproc's tag boundaries.
      if (italic && last !== undefined && typeof last !== 'string') last.italic += node.value;
      else if (!italic && typeof last === 'string') out[out.length - 1] = last + node.value;
      else out.push(italic ? { italic: node.value } : node.value);
    } else if (node.type === 'element') {
      runs(node.children, italic || node.tagName === 'i' || node.tagName === 'em', out);
    }
  }
  return out;
}

/** The bibliography entry of `record` in `style`, as citation-js renders it, in text runs. */
export function formatCitation(record: CslRecord, style: CitationStyle): CitationPart[] {
  registerStyles();
  const html = new Cite(record).format('bibliography', { format: 'html', template: style, lang: 'en-US' }) as string;
  const parts = runs(fromHtml(html, { fragment: true }).children, false, []);
  // citeproc wraps the entry in indented <div>s: trim the whitespace they leave at either end.
  const first = parts[0];
  if (typeof first === 'string') parts[0] = first.trimStart();
  const last = parts.at(-1);
  if (typeof last === 'string') parts[parts.length - 1] = last.trimEnd();
  return parts.filter((part) => (typeof part === 'string' ? part : part.italic) !== '');
}

/** The bibliography entry as citation-js's own plain-text output gives it (what the tests compare against). */
export function formatCitationText(record: CslRecord, style: CitationStyle): string {
  registerStyles();
  return (new Cite(record).format('bibliography', { format: 'text', template: style, lang: 'en-US' }) as string).trim();
}

/**
 * The record with every string value on one line: line breaks, tabs and runs of spaces (any Unicode
 * space or separator, U+2028 included) become one space. RIS has no escape for a line break (a new
 * line starts a new tag, so a title holding "\nER  - \nTY  - " would end the record and start one its
 * author wrote), and a BibTeX field spread over lines invites the same; no citation field needs one.
 * citation-js then escapes what each format needs escaped (BibTeX's braces and specials).
 */
export function oneLineRecord<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\s\u0085\u2028\u2029]+/g, ' ').trim() as T;
  if (Array.isArray(value)) return value.map((item) => oneLineRecord(item)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, oneLineRecord(item)])) as T;
  return value;
}

/** The record as a BibLaTeX `@online`/`@article` entry (keeps the container, which BibTeX's @misc drops). */
export function toBibtex(record: CslRecord): string {
  registerStyles();
  return `${(new Cite(oneLineRecord(record)).format('biblatex') as string).trim()}\n`;
}

/** An RIS line that starts a field: two capitals (or capital and digit), two spaces, a hyphen. */
const RIS_TAG = /^[A-Z][A-Z0-9]  -/;

/**
 * The record as an RIS file (CRLF line ends, as the RIS spec asks). plugin-ris folds every value at 70
 * characters, even mid-word ("Ru\nssia"), and importers keep the fold as a line break; so the folded
 * pieces are joined back onto their field's line.
 */
export function toRis(record: CslRecord): string {
  const lines: string[] = [];
  // plugin-ris ships no types, so core's `format` does not list 'ris'.
  const format = (cite: Cite) => (cite.format as (name: string) => unknown).call(cite, 'ris') as string;
  for (const line of format(new Cite(oneLineRecord(record))).trim().split(/\r?\n/)) {
    if (RIS_TAG.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  // The end tag has its trailing space in the spec ("ER  - "); the trim above took it.
  if (lines.at(-1) === 'ER  -') lines[lines.length - 1] = 'ER  - ';
  return `${lines.join('\r\n')}\r\n`;
}
