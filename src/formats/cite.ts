/**
 * Citations of an essay, or of one claim in it, in Chicago (notes-bibliography, 17th ed.), APA 7 and MLA 9,
 * plus BibTeX and RIS. Pure: give it the graph's essay (and claim) and the absolute URL of our page.
 *
 * Conventions (the styles have no rule for an essay known only from captures, so these are ours):
 * - We have no URL for any original. A citation names the original author, title, outlet and date, then
 *   our page as the copy consulted ("Copy consulted at Counterpoint, <url>"; MLA as a second container).
 * - A date inferred from the text (`publishedInferred`) is bracketed with a question mark in Chicago
 *   ("[November 2022?]") and MLA ("[Nov. 2022?]"), the styles' mark for a conjectured date; APA has no
 *   such mark, so it gets "n.d." with the inference bracketed ("(n.d. [inferred 2022, November])").
 *   BibTeX and RIS carry the date's year/month and say "date inferred" in the note.
 * - An author known by attribution, not a byline, is bracketed with "attributed":
 *   "[Greene, Samuel A., attributed]" (Chicago notes: "[Samuel A. Greene, attributed]"); in BibTeX and RIS the
 *   name stays plain (so reference managers can parse it) and the note says it is attributed.
 * - A pen name is never inverted ("Democracy Abroad"; BibTeX `{{Democracy Abroad}}`).
 * - Titles keep the capitalisation they were published with: APA's sentence case would lower proper nouns
 *   we cannot tell apart ("Call Putin Out" → "Call putin out").
 * - A claim's citation is the essay's, plus the quotation ("Quoted claim: “…”") and our claim page as the
 *   copy consulted. A reader comment is cited as an anonymous reader's comment on the essay, undated.
 * - The claim's words are quoted exactly as published, inner quotation marks included.
 */
import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { apaName, authorName, invertedName, type AuthorName } from '../words/author-name.ts';
import { bibtexMonth, longDate, mlaMonth, monthName, parseIsoDate, type IsoDateParts } from '../words/iso-date.ts';
import { SITE_NAME } from '../words/site-name.ts';
import { endSentence } from '../words/end-sentence.ts';
import { dateProvenance } from '../words/date-provenance.ts';

/** A run of citation text; `{ italic }` marks what the style sets in italics. */
export type CitationPart = string | { italic: string };

/** Every citation form of one work. */
export interface Citations {
  /** Chicago notes-bibliography: the bibliography entry. */
  chicagoBibliography: CitationPart[];
  /** Chicago notes-bibliography: the first (full) note. */
  chicagoNote: CitationPart[];
  /** APA 7 reference-list entry. */
  apa: CitationPart[];
  /** MLA 9 works-cited entry. */
  mla: CitationPart[];
  /** A BibTeX `@misc` entry, starting with `@`. */
  bibtex: string;
  /** An RIS record (CRLF line ends), ending `ER  - `. */
  ris: string;
}

/** The essay fields a citation reads. */
export type CitedEssay = Pick<
  GraphEssay,
  'id' | 'title' | 'subtitle' | 'author' | 'authorBasis' | 'authorNote' | 'outlet' | 'published' | 'publishedInferred' | 'publishedOutside'
>;

/** The claim fields a citation reads. */
export type CitedClaim = Pick<Claim, 'id' | 'text' | 'kind'>;

/** Flattens a citation to plain text (italics dropped), for copying or tests. */
export function citationText(parts: CitationPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.italic)).join('');
}

/** The title with its subtitle, joined by a colon as all three styles do. */
function fullTitle(essay: CitedEssay): string {
  return essay.subtitle ? `${essay.title}: ${essay.subtitle}` : essay.title;
}

const close = endSentence;

/** A title in quotation marks with the style's punctuation inside: “Title.” / “Title,” / “Title?” */
function quotedTitle(title: string, mark: '.' | ','): string {
  return `“${close(title, mark)}”`;
}

function chicagoDate(date: IsoDateParts, inferred: boolean): string {
  return inferred ? `[${longDate(date)}?]` : longDate(date);
}

function mlaDate({ year, month, day }: IsoDateParts, inferred: boolean): string {
  const text = month === undefined ? String(year) : day === undefined ? `${mlaMonth(month)} ${year}` : `${day} ${mlaMonth(month)} ${year}`;
  return inferred ? `[${text}?]` : text;
}

function apaDate({ year, month, day }: IsoDateParts, inferred: boolean): string {
  const text = [String(year), month === undefined ? undefined : [monthName(month), day].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return inferred ? `(n.d. [inferred ${text}])` : `(${text})`;
}

/** MLA 9 gives URLs without the scheme. */
function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** Who is cited, in each style's form. */
interface Credit {
  chicagoBibliography: string;
  chicagoNote: string;
  apa: string;
  mla: string;
  /** BibTeX author field value (already braced where literal). */
  bibtex: string;
  /** RIS AU value. */
  ris: string;
}

const ANONYMOUS_READER = 'Anonymous reader';

function credit(name: AuthorName): Credit {
  const literal = name.family === undefined;
  const mark = (text: string) => (name.attributed ? `[${text}, attributed]` : text);
  return {
    chicagoBibliography: mark(invertedName(name)),
    chicagoNote: mark(name.full),
    apa: mark(apaName(name)),
    mla: mark(invertedName(name)),
    bibtex: literal ? `{${bibtexEscape(name.full)}}` : bibtexEscape(invertedName(name)),
    ris: invertedName(name),
  };
}

/** Our notes on what the citation infers, for BibTeX and RIS, which have no place to bracket it. */
function provenance(essay: CitedEssay): string[] {
  return [
    ...(essay.authorBasis === 'attributed' ? [`The essay's author is attributed, not named in a byline: ${essay.author}.`] : []),
    ...(dateProvenance(essay) ? [`Date ${dateProvenance(essay)}.`] : []),
  ];
}

/**
 * Escapes BibTeX's special characters in a field value. Braces become `\textbraceleft{}`/`\textbraceright{}`
 * because BibTeX counts every brace, escaped or not, so `\{` would unbalance the field.
 */
export function bibtexEscape(text: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_',
    '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  };
  return text.replace(/[\\{}&%$#_~^]/g, (char) => map[char]!);
}

/** RIS values are one line each. */
function risValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Work {
  essay: CitedEssay;
  date: IsoDateParts;
  /** Our page for the essay or claim, absolute; undefined when the build has no SITE (left out). */
  url: string | undefined;
  key: string;
  claim?: CitedClaim;
}

function build({ essay, date, url, key, claim }: Work): Citations {
  const inferred = essay.publishedInferred;
  const author = credit(authorName(essay));
  const title = fullTitle(essay);
  const reader = claim?.kind === 'reader';
  const quote = claim ? close(`Quoted claim: “${risValue(claim.text)}”`) : undefined;
  const outlet = { italic: essay.outlet };

  // A reader comment: undated, by an anonymous reader, about the essay.
  const by = (who: string) => (reader ? ANONYMOUS_READER : who);
  const chicagoWork = reader ? `Comment on ${quotedTitle(title, ',')} by ${author.chicagoNote}` : quotedTitle(title, '.');
  const chicagoWhen = reader ? 'n.d.' : chicagoDate(date, inferred);
  const chicagoBibliography: CitationPart[] = [
    `${close(by(author.chicagoBibliography))} ${reader ? close(chicagoWork) : chicagoWork} `, outlet, `, ${close(chicagoWhen)} `,
    ...(quote ? [`${quote} `] : []),
    `Copy consulted at ${SITE_NAME}${url ? `, ${url}` : ''}.`,
  ];
  const chicagoNote: CitationPart[] = [
    `${by(author.chicagoNote)}, ${reader ? `comment on ${quotedTitle(title, ',')} by ${author.chicagoNote},` : quotedTitle(title, ',')} `, outlet,
    // The quotation goes last, so its own closing punctuation ends the note rather than meeting a comma.
    close(`, ${chicagoWhen}, copy consulted at ${SITE_NAME}${url ? `, ${url}` : ''}${claim ? `, quoting “${risValue(claim.text)}”` : ''}`),
  ];
  const apa: CitationPart[] = [
    `${close(by(author.apa))} ${reader ? '(n.d.)' : apaDate(date, inferred)}. `,
    reader ? `[Comment on the article “${title}” by ${author.chicagoNote}]. ` : `${close(title)} `,
    outlet, '. ', ...(quote ? [`${quote} `] : []), url ? `Copy consulted at ${SITE_NAME}: ${url}` : `Copy consulted at ${SITE_NAME}.`,
  ];
  const mla: CitationPart[] = [
    `${close(by(author.mla))} `, reader ? `Comment on ${quotedTitle(title, ',')} by ${author.chicagoNote}. ` : `${quotedTitle(title, '.')} `,
    outlet, `, ${close(reader ? 'n.d.' : mlaDate(date, inferred))} `, { italic: SITE_NAME }, url ? `, ${mlaUrl(url)}.` : '.',
    ...(quote ? [` ${quote}`] : []),
  ];

  const notes = [...provenance(essay), ...(quote ? [quote] : []), `Copy consulted at ${SITE_NAME}.`];
  const bibTitle = reader ? `Comment on “${title}” by ${essay.author}` : title;
  const bibtex = [
    `@misc{${key},`,
    `  author = {${reader ? `{${ANONYMOUS_READER}}` : author.bibtex}},`,
    `  title = {{${bibtexEscape(bibTitle)}}},`,
    `  howpublished = {${bibtexEscape(essay.outlet)}},`,
    ...(reader ? [] : [`  year = {${date.year}},`, ...(date.month === undefined ? [] : [`  month = ${bibtexMonth(date.month)},`])]),
    ...(url ? [`  url = {${url}},`] : []),
    `  note = {${bibtexEscape(notes.join(' '))}}`,
    '}',
    '',
  ].join('\n');

  const ris = [
    ['TY', 'ELEC'],
    ['AU', reader ? ANONYMOUS_READER : author.ris],
    ['TI', bibTitle],
    ['T2', essay.outlet],
    ...(reader
      ? []
      : [['PY', String(date.year)], ['DA', `${date.year}/${date.month === undefined ? '' : String(date.month).padStart(2, '0')}/${date.day === undefined ? '' : String(date.day).padStart(2, '0')}/`]]),
    ...(url ? [['UR', url]] : []),
    ['DB', SITE_NAME],
    ['N1', notes.join(' ')],
    ['ER', ''],
  ]
    .map(([tag, value]) => `${tag}  - ${risValue(value!)}`)
    .join('\r\n')
    .concat('\r\n');

  return { chicagoBibliography, chicagoNote, apa, mla, bibtex, ris };
}

/**
 * Cites an essay. `url` is our essay page, absolute (the only URL we have: none is known for the original);
 * without it (a build with no SITE) the citation names the site and leaves the URL out.
 */
export function citeEssay(essay: CitedEssay, url: string | undefined): Citations {
  return build({ essay, date: parseIsoDate(essay.published), url, key: essay.id });
}

/**
 * Cites one claim: the essay's citation plus the quotation, with our claim page (absolute `url`) as the
 * copy consulted. Reader comments are credited to an anonymous reader, never to the essay's author.
 */
export function citeClaim(claim: CitedClaim, essay: CitedEssay, url: string | undefined): Citations {
  return build({ essay, date: parseIsoDate(essay.published), url, key: claim.id, claim });
}
