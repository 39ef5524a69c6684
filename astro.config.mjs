// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import { remarkClaims } from './src/markup/remark-claims.ts';
import { remarkEscapeHtml } from './src/markup/remark-escape-html.ts';
import { rehypeSafeUrls } from './src/markup/rehype-safe-urls.ts';
import { CSP_DIRECTIVES } from './src/security/csp-directives.ts';
import { rehypeClaimNotes } from './src/markup/rehype-claim-notes.ts';
import { loadGraph, loadSiteData } from './src/data-files/load-graph.ts';
import { siteAddress, SiteAddressError } from './src/urls/site-address.ts';

/**
 * The public address, from SITE (an origin; unset: no absolute URLs are written, see
 * src/urls/absolute-url.ts) and BASE (the subpath, e.g. /course/argmap/). docs/hosting.md, step 1.
 * A bad value stops here with one line naming it, not a stack trace from deep inside Astro.
 */
const { site, base } = (() => {
  try {
    return siteAddress(process.env);
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(`astro.config.mjs: ${error.message}`);
    process.exit(1);
  }
})();
// Astro reads import.meta.env.SITE from process.env whenever SITE is set there, even to "" (as a CI
// workflow passing an unset variable does), over `site` below: keep the two the same, so an origin
// taken from the host, or an empty SITE=, does not drop the canonical links and preview cards.
if (site) process.env.SITE = site;
else delete process.env.SITE;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // scripts/build.ts builds into a staging folder (OUT_DIR) and swaps it into dist/ only on success.
  outDir: process.env.OUT_DIR ?? './dist',
  // Every stylesheet inline: the first screen needs no request after the HTML (one round trip on a
  // slow phone). All of it is a few KB gzip per page, so there is no "rest" worth a cacheable file.
  // Astro's security.csp hashes each inlined <style> into the page's policy (no 'unsafe-inline').
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Caches live in the project, not in node_modules, so copies that share node_modules can build at once.
  cacheDir: './.cache/astro',
  vite: {
    cacheDir: './.cache/vite',
    // The search page's script is inlined (hashed into its policy like any inline script): as a file it
    // cost a round trip before the first results, about 60 ms of the ~680 ms to them on the phone profile
    // (scripts/bench/phone.ts). Every other asset keeps Vite's default (undefined: its 4 KB limit).
    // tests/site/gates/render-blocking.test.ts fails if the search script is a file again.
    build: { assetsInlineLimit: (file) => (/(^|\/)search\.astro_astro_type_script_/.test(file) ? true : undefined) },
  },
  // A strict Content Security Policy as a <meta> on every page: Astro hashes its own scripts and
  // styles; nothing inline runs without a hash. The same policy, plus frame-ancestors (which a
  // <meta> cannot carry), is sent as a header by dist/_headers (scripts/build-headers.ts).
  // 'wasm-unsafe-eval' is NOT here: the one page that runs Pagefind adds it for itself with
  //   Astro.csp?.insertScriptResource("'self'"); Astro.csp?.insertScriptResource("'wasm-unsafe-eval'");
  // ('self' first: inserting a resource replaces Astro's default list). tests/gates/csp.test.ts
  // fails if any other page carries it.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
    },
  },
  markdown: {
    // The essays are other people's words: no smart quotes, no autolinks, nothing rewritten.
    processor: unified({
      gfm: false,
      smartypants: false,
      // remarkEscapeHtml first: raw HTML in an essay is shown as text, never run (issue 8).
      remarkPlugins: [remarkEscapeHtml, remarkDirective, remarkClaims],
      rehypePlugins: [
        rehypeSlug,
        // The graph and the ledger are read once here and reach the plugin through its options.
        [rehypeClaimNotes, { base, graph: loadGraph(), ledger: loadSiteData().published }],
        rehypeSafeUrls,
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], protocols: ['http', 'https'] }],
      ],
      // Belt and braces: no raw HTML node survives into the page even if a plugin adds one.
      remarkRehype: { allowDangerousHtml: false },
    }),
    syntaxHighlight: false,
  },
});
