import { resolve } from 'node:path';

/**
 * The content folder: `$CONTENT_DIR` (relative to the project root, the working directory of every
 * build step), else `content/`. The one place it is resolved; everything that reads content asks here.
 */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** A file in the content folder, e.g. `contentFile('published.json')`. */
export function contentFile(name: string, root = process.cwd()): string {
  return resolve(contentDir(root), name);
}

/**
 * Whether the build was told this is a new site, with nothing published yet (`NEW_SITE=1`): only then
 * may `published.json` be missing. Anywhere else a missing ledger would silently forget every link
 * people shared, so it is an error.
 */
export function isNewSite(): boolean {
  return ['1', 'true', 'yes'].includes((process.env.NEW_SITE ?? '').toLowerCase());
}
