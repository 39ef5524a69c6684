import { z } from 'zod';
import { ClaimIdSchema } from './claim.ts';

/** What became of a published claim id. */
export const PUBLISHED_STATUSES = ['live', 'renamed', 'removed'] as const;

/** One published claim id in the ledger (`content/published.json`). */
export const PublishedEntrySchema = z
  .object({
    /** The claim id as it was published; never reused for another claim. */
    id: ClaimIdSchema,
    /** The claim page as published, site-relative: `/claims/<id>/`. */
    url: z.string().startsWith('/claims/'),
    /** The claim in its essay as published, site-relative: `/essays/<essay>/#<id>`. */
    anchor: z.string().startsWith('/essays/'),
    /** `live`: still in an essay; `renamed`: now known as `to`; `removed`: no longer marked. */
    status: z.enum(PUBLISHED_STATUSES),
    /** For `renamed`: the claim's new id (which may itself be renamed later). */
    to: ClaimIdSchema.optional(),
    /** The essay the claim was published in. */
    essay: z.string().min(1),
    /** Our words: why the id was renamed or removed. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((entry) => (entry.status === 'renamed') === (entry.to !== undefined), {
    message: '"to" is required when "status" is "renamed", and only then',
    path: ['to'],
  });

/** A ledger entry. */
export type PublishedEntry = z.output<typeof PublishedEntrySchema>;

/** `content/published.json`: every claim id ever published. The ledger only grows. */
export const PublishedSchema = z
  .object({
    /** Bumped on any breaking change to this shape. */
    schemaVersion: z.literal(1),
    /** One entry per id ever published, in the order they were first published. */
    claims: z.array(PublishedEntrySchema),
  })
  .strict();

/** The validated ledger. */
export type Published = z.output<typeof PublishedSchema>;
