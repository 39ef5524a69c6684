import type { Graph, GraphEssay } from '../schemas/graph.ts';
import { authorLabel } from './author-name.ts';
import { stanceSentence } from './stance-label.ts';
import { parseIsoDate, siteDate } from './iso-date.ts';
import { shortenText } from './shorten-text.ts';
import { dateProvenance } from './date-provenance.ts';

/** What a link preview says about one essay. */
export interface EssayDescription {
  /** `og:title`: the essay's title. */
  title: string;
  /** `og:description`: author, outlet, date, then our summary, labelled as ours. */
  description: string;
  /** Text alternative for the essay's social card. */
  imageAlt: string;
  /** The essay itself. */
  essay: GraphEssay;
}

/** Longest `og:description` we write; previews cut around 200–300 characters anyway. */
export const DESCRIPTION_MAX = 300;

/** "November 2022 (date inferred)". */
export function essayDateLabel(essay: Pick<GraphEssay, 'published' | 'publishedInferred' | 'publishedOutside'>): string {
  const date = siteDate(parseIsoDate(essay.published));
  const provenance = dateProvenance(essay);
  return provenance ? `${date} (date ${provenance})` : date;
}

/** Describes an essay for link previews. Throws on an unknown id. */
export function describeEssay(graph: Pick<Graph, 'essays'>, id: string): EssayDescription {
  const essay = graph.essays.find((item) => item.id === id);
  if (!essay) throw new Error(`describeEssay: no essay "${id}"`);
  const byline = `${authorLabel(essay)}, ${essay.outlet}, ${essayDateLabel(essay)}.`;
  return {
    title: essay.title,
    description: shortenText(`${byline} Our summary: ${essay.summary}`, { max: DESCRIPTION_MAX }),
    imageAlt: `“${essay.title}” by ${authorLabel(essay)}, ${essayDateLabel(essay)}; the essay ${stanceSentence(essay)}.`,
    essay,
  };
}
