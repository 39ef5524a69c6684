import { stringify } from 'csv-stringify/sync';
import type { Graph } from '../schemas/graph.ts';
import type { AbsoluteUrl } from '../urls/absolute-url.ts';

/** The columns of `/claims.csv`, in order. */
export const CSV_COLUMNS = [
  'id', 'essay', 'author', 'kind', 'text', 'url', 'anchor', 'supports', 'rebuts', 'supported_by', 'rebutted_by',
] as const;

/** What `toCsv` needs besides the graph. */
export interface CsvOptions {
  /** Makes a graph URL path absolute on the site's address (`absoluteUrl`); undefined leaves the url out. */
  absoluteUrl: AbsoluteUrl;
}

/**
 * Writes one CSV row per claim (RFC 4180, header row, CRLF line ends, UTF-8 with a byte-order mark
 * so spreadsheet programs read the curly quotes right): its id, essay, author, kind, exact words,
 * links, and the ids it supports, rebuts, is supported by and is rebutted by, joined by spaces.
 */
export function toCsv(graph: Graph, options: CsvOptions): string {
  const authors = new Map(graph.essays.map((essay) => [essay.id, essay.author]));
  const ids = (pick: (relation: Graph['relations'][number]) => boolean, side: 'from' | 'to') =>
    graph.relations.filter(pick).map((relation) => relation[side]).join(' ');
  const rows = graph.claims.map((claim) => ({
    id: claim.id,
    essay: claim.essay,
    author: claim.kind === 'reader' ? 'reader comment' : (authors.get(claim.essay) ?? ''),
    kind: claim.kind,
    text: claim.text,
    url: options.absoluteUrl(claim.url) ?? '',
    anchor: options.absoluteUrl(claim.anchor) ?? '',
    supports: ids((r) => r.from === claim.id && r.type === 'supports', 'to'),
    rebuts: ids((r) => r.from === claim.id && r.type === 'rebuts', 'to'),
    supported_by: ids((r) => r.to === claim.id && r.type === 'supports', 'from'),
    rebutted_by: ids((r) => r.to === claim.id && r.type === 'rebuts', 'from'),
  }));
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    cast: { string: neutraliseFormula },
  });
}

/**
 * Spreadsheets run a cell that starts with =, +, -, @, tab or carriage return as a formula (CSV
 * injection); such a cell gets a leading apostrophe, which spreadsheets hide and treat as "text".
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
