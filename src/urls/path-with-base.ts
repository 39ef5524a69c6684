/**
 * Prefixes a root-relative path ("/essays/x/#c", "claims/y/") with the site's base, so every link works
 * when the site is hosted under a subpath (BASE=/course/argmap/). The one base-path join of the site, in
 * the shape of Starlight's `pathWithBase` (utils/base.ts).
 *
 * `base` defaults to Astro's `import.meta.env.BASE_URL`; code that runs outside Vite (a remark/rehype
 * plugin configured in astro.config.mjs, a unit test) passes it.
 */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
