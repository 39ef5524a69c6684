import { z } from 'zod';
import { KEBAB_ID } from './kebab-id.ts';

/** What role a claim plays in its essay. */
export const CLAIM_KINDS = ['thesis', 'reason', 'evidence', 'concession', 'reported', 'reader'] as const;

/**
 * The longest claim id the build accepts. Each id becomes a folder name (`claims/<id>/`) and file
 * names (`<id>.png`), and file systems stop at 255 bytes a name: 200 leaves room for extensions.
 */
export const CLAIM_ID_MAX_LENGTH = 200;

/** A claim id: kebab-case, chosen by a person, at most CLAIM_ID_MAX_LENGTH characters. */
export const ClaimIdSchema = z
  .string()
  .max(CLAIM_ID_MAX_LENGTH, `expected an id of at most ${CLAIM_ID_MAX_LENGTH} characters`)
  .regex(KEBAB_ID, 'expected a kebab-case id such as "greene-regime-security"');

/** The longest claim title the build accepts, in characters. */
export const CLAIM_TITLE_MAX_LENGTH = 60;

/** One claim: an exact span of an essay's (or a reader comment's) words. */
export const ClaimSchema = z.object({
  /** Stable id chosen by a person; never derived from the text. */
  id: ClaimIdSchema,
  /** The id of the essay the claim belongs to (reader comments belong to the essay they answer). */
  essay: z.string().min(1),
  /** The exact span, verbatim. */
  text: z.string().min(1),
  /**
   * Our short name for the claim, never the author's words: a whole assertion of at most
   * CLAIM_TITLE_MAX_LENGTH characters, unique across the site (Argdown takes it as the statement's identity).
   */
  title: z.string().trim().min(1).max(CLAIM_TITLE_MAX_LENGTH).optional(),
  /** The claim's role in its essay. */
  kind: z.enum(CLAIM_KINDS),
  /** The claim's own page, site-relative: `/claims/<id>/`. */
  url: z.string().regex(/^\/claims\/[a-z0-9-]+\/$/),
  /** The claim in its essay, site-relative: `/essays/<essay>/#<id>`. */
  anchor: z.string().regex(/^\/essays\/[a-z0-9-]+\/#[a-z0-9-]+$/),
  /** Position of the claim in its essay, from 1: the handout's margin number. */
  n: z.number().int().positive(),
  /** The whole paragraph the claim stands in, as plain text. */
  context: z.string().min(1),
  /**
   * For `reported` claims: whose position it is, in the essay's words, when the essay names them
   * (e.g. "Charap and Shapiro"). Absent when the essay names no holder: the site then says it is a
   * view the essay's author argues against.
   */
  holder: z.string().trim().min(1).optional(),
  /** For reader claims: the capture file the comment came from, and the comment's number there. */
  comment: z.object({
    /** Capture file name in `content/sources/`. */
    capture: z.string().min(1),
    /** The comment's number in that capture, from 1. */
    n: z.number().int().positive(),
  }).optional(),
  /** Where the claim is marked: the Markdown file and its line. */
  source: z.object({
    /** File path relative to the project root, as build messages show it (`content/essays/x.md`). */
    file: z.string(),
    /** 1-based line. */
    line: z.number().int().positive(),
  }),
});

/** A validated claim. */
export type Claim = z.output<typeof ClaimSchema>;
