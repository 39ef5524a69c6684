import { citeClaim, citeEssay, type Citations } from '../formats/cite.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { graph, href } from './site.ts';

/** Citations of an essay, with our essay page (on `site`, under the base) as the copy consulted. */
export function essayCitations(id: string, site: URL | undefined): Citations {
  const essay = graph.essays.find((item) => item.id === id);
  if (!essay) throw new Error(`essayCitations: no essay "${id}"`);
  return citeEssay(essay, absoluteUrl(site, href(essay.url)));
}

/** Citations of a claim, with our claim page as the copy consulted. */
export function claimCitations(id: string, site: URL | undefined): Citations {
  const claim = graph.claims.find((item) => item.id === id);
  const essay = claim && graph.essays.find((item) => item.id === claim.essay);
  if (!claim || !essay) throw new Error(`claimCitations: no claim "${id}" (or its essay)`);
  return citeClaim(claim, essay, absoluteUrl(site, href(claim.url)));
}

/** Content types for the citation downloads (static hosts go by extension; these serve dev and SSR). */
export const BIBTEX_TYPE = 'application/x-bibtex; charset=utf-8';
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';
