import { claimRecord, essayRecord, type CslRecord } from '../formats/csl-record.ts';
import { CITATION_STYLES, formatCitation, toBibtex, toRis, type CitationPart, type CitationStyle } from '../formats/cite.ts';
import { citationMarks } from '../formats/citation-marks.ts';
import { absoluteUrl, type AbsoluteUrl } from '../urls/absolute-url.ts';
import { graph } from './site.ts';

/** Everything "Cite this" and the downloads show for one essay or claim, from its one CSL record. */
export interface PageCitations {
  /** The CSL-JSON record every form below is rendered from. */
  record: CslRecord;
  /** One bibliography entry per style, as citation-js renders it. */
  styles: { id: CitationStyle; label: string; parts: CitationPart[] }[];
  /** What the citations cannot show (voice, inferred date, attributed author, the URL's nature), in words. */
  marks: string[];
  /** The BibLaTeX entry. */
  bibtex: string;
  /** The RIS record. */
  ris: string;
}

function citations(record: CslRecord, marks: string[]): PageCitations {
  return {
    record,
    styles: CITATION_STYLES.map((style) => ({ id: style.id, label: style.label, parts: formatCitation(record, style.id) })),
    marks,
    bibtex: toBibtex(record),
    ris: toRis(record),
  };
}

/** Citations of an essay, with our essay page (absolute, when the build has a SITE; else none) as the copy consulted. */
export function essayCitations(id: string, publicUrl: AbsoluteUrl = absoluteUrl): PageCitations {
  const essay = graph.essays.find((item) => item.id === id);
  if (!essay) throw new Error(`essayCitations: no essay "${id}"`);
  const url = publicUrl(essay.url);
  return citations(essayRecord(essay, url), citationMarks(essay, undefined, url !== undefined));
}

/** Citations of a claim, with our claim page (absolute, when the build has a SITE; else none) as the copy consulted. */
export function claimCitations(id: string, publicUrl: AbsoluteUrl = absoluteUrl): PageCitations {
  const claim = graph.claims.find((item) => item.id === id);
  const essay = claim && graph.essays.find((item) => item.id === claim.essay);
  if (!claim || !essay) throw new Error(`claimCitations: no claim "${id}" (or its essay)`);
  const url = publicUrl(claim.url);
  return citations(claimRecord(claim, essay, url), citationMarks(essay, claim, url !== undefined));
}

/** Content types for the citation downloads (static hosts go by extension; these serve dev and SSR). */
export const BIBTEX_TYPE = 'application/x-bibtex; charset=utf-8';
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json; charset=utf-8';
