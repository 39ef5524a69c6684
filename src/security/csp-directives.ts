/**
 * The Content Security Policy directives every page carries, besides the `script-src` and
 * `style-src` Astro computes (with the hashes of its own scripts and styles).
 * Shared by astro.config.mjs (the per-page <meta>) and the `public/_headers` check in tests.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const satisfies readonly `${string} ${string}`[];
