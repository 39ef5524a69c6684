import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { EssaySchema } from './schemas/essay.ts';

/** content/essays/*.md (or $CONTENT_DIR/essays): one essay a file, id = file name. */
const essays = defineCollection({
  loader: glob({ pattern: '*.md', base: `${process.env.CONTENT_DIR ?? './content'}/essays` }),
  schema: EssaySchema,
});

export const collections = { essays };
