import type { SiteAddress } from './absolute-url.ts';

/** A SITE or BASE that cannot be the site's address; its message is one line, fit to print as is. */
export class SiteAddressError extends Error {
  override name = 'SiteAddressError';
}

/** A path segment of BASE: unreserved characters and percent escapes only (RFC 3986), no dot segments. */
const SEGMENT = /^(?:[A-Za-z0-9_~!$&'()*+,;=@-]|%[0-9A-Fa-f]{2}|\.(?!\.))+$/;

/** Shows a value as typed, quoted, with control characters made visible, so the error stays one line. */
function shown(value: string): string {
  return JSON.stringify(value);
}

/**
 * Reads and checks the build's public address from `SITE` and `BASE` (environment variables; see
 * docs/hosting.md). `SITE` must be an http(s) origin (no path, query, fragment or credentials) or unset;
 * `BASE` must be a path that starts with `/`, has no `..` and is not a URL; its trailing slash is added.
 * Throws a `SiteAddressError` whose message names the variable, the value and a good example.
 * astro.config.mjs and scripts/build.ts both call it, before anything is built.
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  return { site: checkSite(env.SITE), base: checkBase(env.BASE) };
}

function checkSite(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const bad = (why: string) =>
    new SiteAddressError(`SITE=${shown(value)} ${why}; set it to the origin the site is served from, e.g. SITE=https://courses.example.edu (a subpath goes in BASE)`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad(`is not an http(s) URL (its scheme is ${shown(url.protocol)})`);
  if (url.username || url.password) throw bad('carries a user name or password');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) throw bad('is not an origin alone (it has a path, query or fragment)');
  return url.origin;
}

function checkBase(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '/';
  const bad = (why: string) => new SiteAddressError(`BASE=${shown(value)} ${why}; set it to the path the site is served under, e.g. BASE=/course/argmap/`);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) || value.startsWith('//')) throw bad('is a URL, not a path');
  if (!value.startsWith('/')) throw bad('does not start with "/"');
  const segments = value.slice(1).replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment.includes('..'))) throw bad('contains ".."');
  if (segments.includes('.')) throw bad('has a "." segment');
  const wrong = segments.find((segment) => !SEGMENT.test(segment));
  if (wrong !== undefined) throw bad(wrong === '' ? 'has an empty segment ("//")' : `has a character a path segment cannot carry unescaped in ${shown(wrong)}`);
  return `/${segments.join('/')}/`;
}
