/**
 * Resolves a site-relative graph URL ("/claims/x/") against the site's public address including
 * its base ("https://example.org/course/argmap/"), so exported files link back to the right copy
 * of the site wherever it is hosted.
 */
export function exportUrl(path: string, siteUrl: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\//, ''), root).href;
}
