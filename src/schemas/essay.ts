import { z } from 'zod';

/** The two sides an essay can take on the central question. */
export const STANCES = ['for', 'against'] as const;

/**
 * What an essay's `outlet` is, for citations: a `magazine` (an online periodical), a `blog` (a blogging
 * platform), a `website` (an organisation's site), or a `description` in our words of where the text
 * appears when no publication can be named (a republication on an unnamed site): never a container title.
 */
export const OUTLET_KINDS = ['magazine', 'blog', 'website', 'description'] as const;

/** How the site knows who wrote an essay. */
export const AUTHOR_BASES = ['byline', 'attributed'] as const;

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An ISO 8601 calendar date at year, month or day precision (`2022`, `2022-11`, `2022-11-03`).
 * YAML parsers turn an unquoted `2022-11-03` into a Date; it is accepted and written back as a day.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected an ISO date in quotes, such as "2022-11" or "2022-11-03"' })
    // A pattern (not only the refinement below) so the published JSON Schema carries it too.
    .regex(ISO_DATE, { error: (issue) => `"${String(issue.input)}" is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2022-12" or "2022-12-22"` })
    .refine((value) => {
      const match = ISO_DATE.exec(value);
      if (!match) return true; // the pattern above has said so already
      const month = match[2] === undefined ? 1 : Number(match[2]);
      const day = match[3] === undefined ? 1 : Number(match[3]);
      const date = new Date(Date.UTC(Number(match[1]), month - 1, day));
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }, { error: (issue) => `"${String(issue.input)}" is not a day in the calendar: check the month (01-12) and the day` }),
);

/** The frontmatter of one essay in `content/essays/`. */
export const EssaySchema = z
  .object({
    /** The essay's title, as the capture gives it. */
    title: z.string().trim().min(1, 'must not be empty'),
    /** The subtitle, only where the capture has one. */
    subtitle: z.string().trim().min(1).optional(),
    /** The author's name. */
    author: z.string().trim().min(1, 'must not be empty'),
    /** `byline`: named in the capture; `attributed`: known from outside the capture. */
    authorBasis: z.enum(AUTHOR_BASES),
    /** Our words: how the author is known, where that needs saying. */
    authorNote: z.string().trim().min(1).optional(),
    /** Where the essay was published. */
    outlet: z.string().trim().min(1, 'must not be empty'),
    /** What the outlet is (citations name it as the container only when it is a publication); absent: `website`. */
    outletKind: z.enum(OUTLET_KINDS, { error: (issue) => `"${String(issue.input)}" is not an outlet kind: write magazine, blog, website or description` }).optional(),
    /** Publication date, ISO 8601 at year, month or day precision. */
    published: IsoDateSchema,
    /** True when the date is inferred from the text rather than printed in a capture. */
    publishedInferred: z.boolean().default(false),
    /** True when the date is printed in no capture and comes from outside them (the project's source notes). */
    publishedOutside: z.boolean().default(false),
    /** Our words: where the date comes from. */
    publishedBasis: z.string().trim().min(1).optional(),
    /** `for` or `against` pressing for negotiations. */
    stance: z.enum(STANCES, { error: (issue) => `"${String(issue.input)}" is not a stance: write for (pressing for negotiations) or against` }),
    /** Our words: the scope of the stance where a bare "for" or "against" would overstate it (e.g. Evans's: talks to forestall an invasion, on conditions). */
    stanceScope: z.string().trim().min(1).optional(),
    /** The capture files in `content/sources/` this essay was made from. */
    sources: z.array(z.string().regex(/^[\w.-]+\.txt$/, 'a capture\'s name holds only letters, digits, ".", "_" and "-" and ends in .txt (no spaces or folders): rename the file in sources/ and write its new name here')).min(1),
    /** Our one-line summary of the essay; the site labels it as ours. */
    summary: z.string().trim().min(1, 'must not be empty'),
  })
  .strict();

/** Essay frontmatter after validation. */
export type Essay = z.output<typeof EssaySchema>;
