/** An ISO date split at its own precision: `2022`, `2022-11` or `2022-11-03`. */
export interface IsoDateParts {
  /** Four-digit year. */
  year: number;
  /** 1–12, when the date has a month. */
  month?: number;
  /** 1–31, when the date has a day. */
  day?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** MLA 9 abbreviates months longer than four letters (appendix 1). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
/** BibTeX's predefined month macros. */
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Splits `YYYY[-MM[-DD]]`; throws on anything else, since the schema has already validated it. */
export function parseIsoDate(iso: string): IsoDateParts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`not an ISO date at year, month or day precision: "${iso}"`);
  return {
    year: Number(match[1]),
    ...(match[2] === undefined ? {} : { month: Number(match[2]) }),
    ...(match[3] === undefined ? {} : { day: Number(match[3]) }),
  };
}

/** Full English month name, 1-based. */
export function monthName(month: number): string {
  return MONTHS[month - 1]!;
}

/** MLA's abbreviated month, 1-based. */
export function mlaMonth(month: number): string {
  return MLA_MONTHS[month - 1]!;
}

/** BibTeX month macro (`nov`), 1-based. */
export function bibtexMonth(month: number): string {
  return BIBTEX_MONTHS[month - 1]!;
}

/** "December 22, 2022", "November 2022", "2022": US order, as Chicago writes dates. */
export function longDate({ year, month, day }: IsoDateParts): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${monthName(month)} ${year}` : `${monthName(month)} ${day}, ${year}`;
}

/** The date at its precision joined by `/`, as Highwire `citation_publication_date` and RIS `PY` want it. */
export function slashDate({ year, month, day }: IsoDateParts): string {
  return [year, month, day].filter((part) => part !== undefined).map((part) => String(part).padStart(2, '0')).join('/');
}

/** "22 December 2022", "November 2022", "2022": the order the site's own pages use. */
export function siteDate({ year, month, day }: IsoDateParts): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${monthName(month)} ${year}` : `${day} ${monthName(month)} ${year}`;
}
