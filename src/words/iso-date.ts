/** An ISO date split at its own precision: `2022`, `2022-11` or `2022-11-03`. */
export interface IsoDateParts {
  /** Four-digit year. */
  year: number;
  /** 1–12, when the date has a month. */
  month?: number;
  /** 1–31, when the date has a day. */
  day?: number;
}

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

/** The date at its precision joined by `/`, as Highwire `citation_publication_date` and RIS `PY` want it. */
export function slashDate({ year, month, day }: IsoDateParts): string {
  return [year, month, day].filter((part) => part !== undefined).map((part) => String(part).padStart(2, '0')).join('/');
}

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "22 December 2022", "November 2022", "2022": the order the site's own pages use (British English, via Intl). */
export function siteDate({ year, month, day }: IsoDateParts): string {
  if (month === undefined) return String(year);
  const date = Date.UTC(year, month - 1, day ?? 1);
  return (day === undefined ? MONTH : DAY).format(date);
}
