import type { SiteAddress } from './absolute-url.ts';
import { hostAddress } from './host-address.ts';

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

/** The build's address and, in one line fit to print, where its origin came from. */
export interface ResolvedSiteAddress extends SiteAddress {
  /** Where the origin came from: "SITE", a host's variable ("Netlify's URL (CONTEXT=production)"), or "none". */
  source: string;
}

/**
 * Reads and checks the build's public address from `SITE` and `BASE` (environment variables; see
 * docs/hosting.md). `SITE` must be an http(s) origin (no path, query, fragment or credentials) or unset;
 * `BASE` must be a path that starts with `/`, has no `..` and is not a URL; its trailing slash is added.
 * With no `SITE`, the origin comes from the host's own variables (`hostAddress`: Netlify, Cloudflare
 * Pages, Vercel, GitHub Pages), checked the same way; `SITE` always wins, and `BASE` wins over a base
 * the host implies. Throws a `SiteAddressError` whose message names the variable, the value and a good
 * example. Pure: reads only `env`. astro.config.mjs and scripts/build.ts both call it, before anything is built.
 */
export function siteAddress(env: Record<string, string | undefined>): ResolvedSiteAddress {
  const base = checkBase(env.BASE);
  const site = checkSite(env.SITE);
  if (site !== undefined) return { site, base, source: 'SITE' };
  const host = hostAddress(env);
  if (host === undefined) return { site: undefined, base, source: 'none' };
  const baseSet = env.BASE !== undefined && env.BASE !== '';
  return { site: checkSite(host.origin, host.variable), base: baseSet || host.base === undefined ? base : host.base, source: host.host };
}

/** The build's one line saying which address it builds for and where it came from. */
export function addressLine(address: ResolvedSiteAddress): string {
  if (address.site === undefined) {
    return 'warning: SITE is not set, and no host address was found (Netlify, Cloudflare Pages, Vercel, GitHub Pages), so pages, cards, citations and exports carry no absolute URLs (no canonical link, og:url or og:image); set SITE=https://your.host to publish (docs/hosting.md)';
  }
  return `address ${new URL(address.base, address.site).href} (origin from ${address.source}${address.source === 'SITE' ? '' : '; SITE unset'})`;
}

/**
 * `value` as an origin, or undefined when empty. `variable` names where it came from (SITE, or a host's
 * variable when SITE is unset), so the one-line error names what to look at.
 */
function checkSite(value: string | undefined, variable = 'SITE'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const fix = variable === 'SITE' ? 'set it' : 'set SITE';
  const bad = (why: string) =>
    new SiteAddressError(`${variable}=${shown(value)} ${why}; ${fix} to the origin the site is served from, e.g. SITE=https://courses.example.edu (a subpath goes in BASE)`);
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
