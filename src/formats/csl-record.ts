/**
 * The one CSL-JSON record of an essay, or of one claim in it, from which every citation style, the BibTeX
 * and the RIS file are rendered (by citation-js, src/formats/cite.ts). Pure: give it the graph's essay
 * (and claim) and, when the site's public address is known, the absolute URL of our page.
 *
 * What the record says, and why:
 * - Type and container follow what the outlet really is (`outletKind`): an online magazine is an
 *   `article-magazine` in it, a blogging platform a `post-weblog`, an organisation's site a `webpage`.
 *   An outlet we can only describe ("Republished on a WordPress site; …") is no container title: the
 *   record has none, and the description goes into its `note` (and the visible marks beside each citation).
 * - We know no web address for any original. The `URL` is our page, the copy consulted, with
 *   `source: Counterpoint` (MLA 9 renders it as a second container). Without a public address (SITE unset)
 *   the record has no URL at all, never a local one.
 * - CSL has no mark for an attributed author or an inferred date. The names stay plain (so reference managers
 *   parse them), an inferred date is `circa` (APA shows "ca."), and the `note` says both in words; the page
 *   shows the same words next to every citation (`citationMarks`).
 * - A claim's record is its essay's with our claim page as the URL and the quotation in the note. A reader
 *   comment is its own work: an undated `post` with no author (the capture names none), never the essay's author.
 */
import type { CSL, CSLName, CSLType } from '@citation-js/core';
import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import type { OUTLET_KINDS } from '../schemas/essay.ts';
import { authorName } from '../words/author-name.ts';
import { parseIsoDate } from '../words/iso-date.ts';
import { SITE_NAME } from '../words/site-name.ts';
import { endSentence } from '../words/end-sentence.ts';
import { citationMarks } from './citation-marks.ts';

/** The essay fields a record reads. */
export type CitedEssay = Pick<
  GraphEssay,
  | 'id' | 'title' | 'subtitle' | 'author' | 'authorBasis' | 'authorNote' | 'outlet' | 'outletKind'
  | 'published' | 'publishedInferred' | 'publishedOutside'
>;

/** The claim fields a record reads. */
export type CitedClaim = Pick<Claim, 'id' | 'text' | 'kind' | 'holder'>;

/** A CSL-JSON item, as citation-js takes it. */
export type CslRecord = CSL;

const TYPES: Record<(typeof OUTLET_KINDS)[number], CSLType> = {
  magazine: 'article-magazine',
  blog: 'post-weblog',
  website: 'webpage',
  description: 'webpage',
};

/** The title with its subtitle, joined by a colon as all three styles do. */
function fullTitle(essay: CitedEssay): string {
  return essay.subtitle ? `${essay.title}: ${essay.subtitle}` : essay.title;
}

function author(essay: CitedEssay): CSLName[] {
  const name = authorName(essay);
  // A pen name is one literal name, never inverted ("Democracy Abroad").
  return [name.family === undefined ? { literal: name.full } : { family: name.family, given: name.given }];
}

function issued(essay: CitedEssay): NonNullable<CSL['issued']> {
  const { year, month, day } = parseIsoDate(essay.published);
  const parts = [year, month, day].filter((part): part is number => part !== undefined) as [number] | [number, number] | [number, number, number];
  return essay.publishedInferred ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

/** Fields shared by the essay's and its claims' records. */
function work(essay: CitedEssay, id: string, url: string | undefined): CslRecord {
  return {
    id,
    // Our ids are stable and safe as BibTeX keys; without this citation-js makes "Greene2022Why" for every claim.
    'citation-key': id,
    type: TYPES[essay.outletKind ?? 'website'],
    title: fullTitle(essay),
    author: author(essay),
    ...(essay.outletKind === 'description' ? {} : { 'container-title': essay.outlet }),
    issued: issued(essay),
    ...(url === undefined ? {} : { URL: url, source: SITE_NAME }),
  };
}

/** Joins our notes into one CSL `note`, each a sentence. */
function note(parts: string[]): string {
  return parts.map((part) => endSentence(part)).join(' ');
}

/**
 * The record of an essay. `url` is our essay page, absolute, or undefined when the site has no public
 * address (the record then has no URL).
 */
export function essayRecord(essay: CitedEssay, url: string | undefined): CslRecord {
  return { ...work(essay, essay.id, url), note: note(citationMarks(essay, undefined, url !== undefined)) };
}

/**
 * The record of one claim: its essay's, with our claim page (absolute `url`, or none) and the quotation,
 * and for a reader's claim an undated, unsigned comment on the essay.
 */
export function claimRecord(claim: CitedClaim, essay: CitedEssay, url: string | undefined): CslRecord {
  const marks = citationMarks(essay, claim, url !== undefined);
  if (claim.kind === 'reader') {
    return {
      id: claim.id,
      'citation-key': claim.id,
      type: 'post',
      title: `Reader comment on “${fullTitle(essay)}”`,
      ...(essay.outletKind === 'description' ? {} : { 'container-title': essay.outlet }),
      ...(url === undefined ? {} : { URL: url, source: SITE_NAME }),
      note: note(marks),
    };
  }
  return { ...work(essay, claim.id, url), note: note(marks) };
}
