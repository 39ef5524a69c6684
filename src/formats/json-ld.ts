/**
 * schema.org structured data for essay and claim pages. Only what we know goes in: no URL for the
 * originals (we have none), dates at the precision the graph gives them, no relation types schema.org
 * lacks (it has no "supports"/"rebuts" between claims, so relations are left to /graph.json).
 */
import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { SITE_NAME } from '../words/site-name.ts';

/** Absolute URLs a page's structured data refers to; each is left out when undefined (a build without SITE). */
export interface JsonLdUrls {
  /** The site's home page. */
  site: string | undefined;
  /** This page (the essay page, or the claim page). */
  page: string | undefined;
}

type EssayFields = Pick<GraphEssay, 'title' | 'subtitle' | 'author' | 'outlet' | 'published' | 'words'>;

function website(url: string | undefined) {
  return { '@type': 'WebSite', name: SITE_NAME, url };
}

function person(name: string) {
  return { '@type': 'Person', name };
}

/** The essay as an `OpinionNewsArticle` whose `url` is our page. */
export function essayJsonLd(essay: EssayFields, urls: JsonLdUrls): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    '@id': urls.page,
    url: urls.page,
    mainEntityOfPage: urls.page,
    headline: essay.title,
    ...(essay.subtitle ? { alternativeHeadline: essay.subtitle } : {}),
    author: person(essay.author),
    // ISO 8601 at year, month or day precision, as schema.org's Date allows.
    datePublished: essay.published,
    publisher: { '@type': 'Organization', name: essay.outlet },
    isPartOf: website(urls.site),
    inLanguage: 'en',
    wordCount: essay.words,
  };
}

/**
 * A claim as a schema.org `Claim`: its exact words, its author, and the essay where it appears, linked
 * at the claim's anchor. A reader's claim has no author (the comments are anonymous), and neither has a
 * reported view: it is someone else's position, which the essay's author states in order to answer it,
 * so crediting it to that author would put words in their mouth.
 */
export function claimJsonLd(
  claim: Pick<Claim, 'text' | 'kind'>,
  essay: EssayFields,
  urls: JsonLdUrls & {
    /** The claim in its essay: `…/essays/<essay>/#<claim>`. */
    anchor: string | undefined;
    /** The essay page. */
    essay: string | undefined;
  },
): Record<string, unknown> {
  const reader = claim.kind === 'reader';
  const article = {
    '@type': 'OpinionNewsArticle',
    '@id': urls.essay,
    url: urls.essay,
    headline: essay.title,
    author: person(essay.author),
    datePublished: essay.published,
    publisher: { '@type': 'Organization', name: essay.outlet },
  };
  // A reader's words appear in a comment on the essay, not in the essay itself.
  const appearance = reader ? { '@type': 'Comment', url: urls.anchor, parentItem: article } : { '@type': 'CreativeWork', url: urls.anchor, isPartOf: article };
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': urls.page,
    url: urls.page,
    text: claim.text,
    ...(reader || claim.kind === 'reported' ? {} : { author: person(essay.author) }),
    appearance,
    firstAppearance: appearance,
    isPartOf: website(urls.site),
    inLanguage: 'en',
  };
}
