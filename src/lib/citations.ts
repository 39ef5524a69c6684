import { claimRecord, essayRecord, type CslRecord } from '../formats/csl-record.ts';
import { CITATION_STYLES, formatCitation, toBibtex, toRis, type CitationPart, type CitationStyle } from '../formats/cite.ts';
import { citationMarks } from '../formats/citation-marks.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { graph, href } from './site.ts';

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

/**
 * Our page's public address, or undefined when the build has no SITE (then no citation carries a URL).
 * astro.config.mjs still falls back to localhost for Astro's `site`, which a citation must never give,
 * so this asks whether SITE itself was set (until src/urls/absolute-url.ts gives undefined without it).
 */
function publicUrl(site: URL | undefined, path: string): string | undefined {
  return site === undefined || !process.env.SITE ? undefined : absoluteUrl(site, href(path));
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

/** Citations of an essay, with our essay page (on `site`, under the base) as the copy consulted. */
export function essayCitations(id: string, site: URL | undefined): PageCitations {
  const essay = graph.essays.find((item) => item.id === id);
  if (!essay) throw new Error(`essayCitations: no essay "${id}"`);
  const url = publicUrl(site, essay.url);
  return citations(essayRecord(essay, url), citationMarks(essay, undefined, url !== undefined));
}

/** Citations of a claim, with our claim page as the copy consulted. */
export function claimCitations(id: string, site: URL | undefined): PageCitations {
  const claim = graph.claims.find((item) => item.id === id);
  const essay = claim && graph.essays.find((item) => item.id === claim.essay);
  if (!claim || !essay) throw new Error(`claimCitations: no claim "${id}" (or its essay)`);
  const url = publicUrl(site, claim.url);
  return citations(claimRecord(claim, essay, url), citationMarks(essay, claim, url !== undefined));
}

/** Content types for the citation downloads (static hosts go by extension; these serve dev and SSR). */
export const BIBTEX_TYPE = 'application/x-bibtex; charset=utf-8';
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json; charset=utf-8';
