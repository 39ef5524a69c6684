// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import rehypeSlug from 'rehype-slug';
import { remarkClaims } from './src/markup/remark-claims.ts';
import { rehypeClaimNotes } from './src/markup/rehype-claim-notes.ts';

/** The site's public origin, used for canonical and og: URLs. Set SITE=https://… when deploying. */
const site = process.env.SITE ?? 'http://localhost:4321';
/** The subpath the site is served under, e.g. BASE=/course/argmap/. */
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Hashed scripts and styles; pages that need more (search: WebAssembly) add it with Astro.csp.
  security: { csp: true },
  // Caches live in the project, not in node_modules, so copies that share node_modules can build at once.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  markdown: {
    // The essays are other people's words: no smart quotes, no autolinks, nothing rewritten.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkDirective, remarkClaims],
      rehypePlugins: [rehypeSlug, [rehypeClaimNotes, { base }]],
    }),
    syntaxHighlight: false,
  },
});
