import { z } from 'zod';
import type { Root } from 'mdast';
import { CaptureSchema } from './capture.ts';
import { ClashQuestionsSchema } from './clash-questions.ts';
import { PublishedSchema } from './published.ts';
import { ReadingGuideSchema } from './reading-guide.ts';

/** An essay's parsed Markdown (mdast, positions left out), as `build:graph` read it. */
const EssayTreeSchema = z.custom<Root>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root', 'an mdast root');

/** What `build:graph` writes about one essay for the pages, beside the graph. */
export const EssayTextSchema = z.object({
  /** How many reader comments the essay carries (its `:::comment` blocks). */
  commentCount: z.number().int().min(0),
  /** The essay's Markdown, parsed: the analysis text of the AIF export is made from it. */
  tree: EssayTreeSchema,
});

/**
 * `src/data/site-data.json`: everything the pages need from the content besides the graph, checked
 * and written by `build:graph`. The site reads content only through this and `graph.json`.
 */
export const SiteDataSchema = z.object({
  /** Bumped when the shape changes. */
  schemaVersion: z.literal(1),
  /** Per essay id: its comment count and parsed text. */
  essays: z.record(z.string(), EssayTextSchema),
  /** `clash-questions.yaml`, checked against the graph (empty when the content has none). */
  clashQuestions: ClashQuestionsSchema,
  /** `reading-guide.yaml`, checked against the graph; absent when the content has none. */
  readingGuide: ReadingGuideSchema.optional(),
  /** `method.md`, our account of how the essays were read; absent when the content has none. */
  method: z.string().optional(),
  /** `published.json`, the ledger of every claim id ever published (empty on a new site). */
  published: PublishedSchema,
  /** `captures.json`: each capture and what became of it (empty when the content has none). */
  captures: z.array(CaptureSchema),
});

/** The site data, as the pages read it. */
export type SiteData = z.output<typeof SiteDataSchema>;
