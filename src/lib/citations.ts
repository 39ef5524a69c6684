import { citeClaim, citeEssay, type Citations } from '../formats/cite.ts';
import { absoluteUrl, type AbsoluteUrl } from '../urls/absolute-url.ts';
import { graph } from './site.ts';

/** Citations of an essay, with our essay page (absolute, when the build has a SITE) as the copy consulted. */
export function essayCitations(id: string, url: AbsoluteUrl = absoluteUrl): Citations {
  const essay = graph.essays.find((item) => item.id === id);
  if (!essay) throw new Error(`essayCitations: no essay "${id}"`);
  return citeEssay(essay, url(essay.url));
}

/** Citations of a claim, with our claim page as the copy consulted. */
export function claimCitations(id: string, url: AbsoluteUrl = absoluteUrl): Citations {
  const claim = graph.claims.find((item) => item.id === id);
  const essay = claim && graph.essays.find((item) => item.id === claim.essay);
  if (!claim || !essay) throw new Error(`claimCitations: no claim "${id}" (or its essay)`);
  return citeClaim(claim, essay, url(claim.url));
}

/** Content types for the citation downloads (static hosts go by extension; these serve dev and SSR). */
export const BIBTEX_TYPE = 'application/x-bibtex; charset=utf-8';
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';
