import { pathWithBase } from './path-with-base.ts';

/** Makes a graph URL path ("/claims/x/") absolute on the site's public address, or gives undefined. */
export type AbsoluteUrl = (path: string) => string | undefined;

/** The public address a build is for: `SITE` (an origin, or none) and `BASE`. */
export interface SiteAddress {
  /** The origin, e.g. "https://example.org"; undefined when the build has no SITE. */
  site: string | undefined;
  /** The base path, with a leading and a trailing slash: "/" or "/course/argmap/". */
  base: string;
}

/**
 * The absolute URL of a graph URL path ("/claims/x/", "/essays/y/#c"; without the base) on the site's
 * public address: `https://example.org/course/argmap/claims/x/`. Gives `undefined` when the build has no
 * `SITE`, so that canonical links, preview cards, citations and exports leave the URL out rather than
 * point at a host the site is not on. The one way to make an absolute URL in the site.
 *
 * `address` defaults to Astro's `import.meta.env.SITE` and `BASE_URL`; pure code takes an
 * `AbsoluteUrl` function (this one) from its caller instead of reading either.
 */
export function absoluteUrl(path: string, address: SiteAddress = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL }): string | undefined {
  if (!address.site) return undefined;
  return new URL(pathWithBase(path, address.base), address.site).href;
}
