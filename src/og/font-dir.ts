import { resolve } from 'node:path';

/**
 * Where the preview-card fonts live (Fontsource WOFF copies): what cards render with and what the graph
 * step's glyph check reads. Astro bundles the card renderer elsewhere, so the path is taken from the
 * project root (every build step's working directory, unless `root` says otherwise), not from this file.
 */
export function fontDir(root = process.cwd()): string {
  return resolve(root, 'src/og/fonts');
}
