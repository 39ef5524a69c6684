/**
 * Makes a path that already carries Astro's base (what `href()` returns, or `Astro.url.pathname`) absolute
 * on the site's public origin (`SITE`), for canonical, `og:` and citation URLs.
 * Throws when no origin is configured: a preview URL on the wrong host is worse than a failed build.
 */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  if (site === undefined) throw new Error('absoluteUrl: Astro `site` is not set; set SITE=https://… for the build');
  return new URL(path, site).href;
}
