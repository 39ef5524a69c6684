import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { EssaySchema } from './schemas/essay.ts';
import { contentDir } from './io/content-dir.ts';

/** content/essays/*.md (or $CONTENT_DIR/essays): one essay a file, id = file name. */
const essays = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir()}/essays` }),
  schema: EssaySchema,
});

export const collections = { essays };
