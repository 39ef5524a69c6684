import { describeClaim } from '../words/describe-claim.ts';
import { describeEssay } from '../words/describe-essay.ts';
import { graph } from './site.ts';
import { ROUTES } from '../urls/routes.ts';

/** The link-preview props `Base.astro` takes, for spreading: `<Base title=… {...essayPreviewProps(id)}>`. */
export interface PreviewProps {
  /** Meta and `og:` description. */
  description: string;
  /** Canonical path, site-relative without base. */
  canonical: string;
  /** Essays and claims are articles. */
  ogType: 'article';
  /** The page's social card, site-relative without base. */
  ogImage: string;
  /** The card's text alternative. */
  ogImageAlt: string;
  /** `og:title`: the essay title, or the claim's words. */
  ogTitle: string;
}

/** Preview props for an essay page. */
export function essayPreviewProps(id: string): PreviewProps {
  const { essay, title, description, imageAlt } = describeEssay(graph, id);
  return { description, canonical: essay.url, ogType: 'article', ogImage: ROUTES.card('essays', essay.id), ogImageAlt: imageAlt, ogTitle: title };
}

/** Preview props for a claim page. */
export function claimPreviewProps(id: string): PreviewProps {
  const { claim, title, description, imageAlt } = describeClaim(graph, id);
  return { description, canonical: claim.url, ogType: 'article', ogImage: ROUTES.card('claims', claim.id), ogImageAlt: imageAlt, ogTitle: title };
}
