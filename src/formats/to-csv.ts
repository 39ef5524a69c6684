import { stringify } from 'csv-stringify/sync';
import type { Graph } from '../schemas/graph.ts';
import type { AbsoluteUrl } from '../urls/absolute-url.ts';
import { claimVoice } from '../words/voice.ts';

/** The columns of `/claims.csv`, in order. */
export const CSV_COLUMNS = [
  'id', 'essay', 'voice', 'reported_by', 'kind', 'title', 'text', 'url', 'anchor',
  'supports', 'rebuts', 'undercuts', 'supported_by', 'rebutted_by', 'undercut_by',
] as const;

/** What `toCsv` needs besides the graph. */
export interface CsvOptions {
  /** Makes a graph URL path absolute on the site's address (`absoluteUrl`); undefined leaves the url out. */
  absoluteUrl: AbsoluteUrl;
}

/**
 * Writes one CSV row per claim (RFC 4180, header row, CRLF line ends, UTF-8 with a byte-order mark
 * so spreadsheet programs read the curly quotes right): its id, essay, whose claim it is (`voice`:
 * the author, "a reader", or for a reported view its holder "as <author> reports it", never the
 * reporting author alone) and who reports it, kind, exact words, links, and the ids it supports,
 * rebuts, is supported by and is rebutted by, joined by spaces. `title` is our short title for the
 * claim (the Counterpoint editors' words; empty while it has none), `text` the author's words. `undercuts` lists the relation ids
 * the claim undercuts; `undercut_by` the ids of the undercuts of this claim's own relations.
 */
export function toCsv(graph: Graph, options: CsvOptions): string {
  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
  const ids = (pick: (relation: Graph['relations'][number]) => boolean, side: 'from' | 'to' | 'id') =>
    graph.relations.filter(pick).map((relation) => relation[side]).join(' ');
  const outgoing = new Map<string, Set<string>>();
  for (const relation of graph.relations) outgoing.set(relation.from, (outgoing.get(relation.from) ?? new Set()).add(relation.id));
  const rows = graph.claims.map((claim) => {
    const essay = essays.get(claim.essay);
    const voice = essay ? claimVoice(claim, essay) : undefined;
    const own = outgoing.get(claim.id) ?? new Set<string>();
    return {
    id: claim.id,
    essay: claim.essay,
    voice: voice?.phrase ?? '',
    reported_by: voice?.reporter ?? '',
    kind: claim.kind,
    title: claim.title ?? '',
    text: claim.text,
    url: options.absoluteUrl(claim.url) ?? '',
    anchor: options.absoluteUrl(claim.anchor) ?? '',
    supports: ids((r) => r.from === claim.id && r.type === 'supports', 'to'),
    rebuts: ids((r) => r.from === claim.id && r.type === 'rebuts', 'to'),
    undercuts: ids((r) => r.from === claim.id && r.type === 'undercuts', 'to'),
    supported_by: ids((r) => r.to === claim.id && r.type === 'supports', 'from'),
    rebutted_by: ids((r) => r.to === claim.id && r.type === 'rebuts', 'from'),
    undercut_by: ids((r) => r.type === 'undercuts' && own.has(r.to), 'id'),
    };
  });
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
