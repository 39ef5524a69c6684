import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** The built site the gates check. */
export const DIST = resolve(import.meta.dirname, '../../dist');

/** One built HTML page. */
export interface DistPage {
  /** Path inside dist/, with forward slashes: `essays/x/index.html`. */
  file: string;
  /** The site-relative URL path it is served at: `/essays/x/`. */
  path: string;
  /** The page's HTML. */
  html: string;
  /** The page parsed with cheerio. */
  $: cheerio.CheerioAPI;
}

/** The URL path a file in dist/ is served at (`a/index.html` -> `/a/`, `404.html` -> `/404.html`). */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML file in `dir` (default dist/), read and parsed, sorted by path. Throws when there is none. */
export async function distPages(dir = DIST): Promise<DistPage[]> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
  if (files.length === 0) throw new Error(`no HTML in ${dir}: run "npm run build" first`);
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(dir, file), 'utf8');
      return { file, path: urlPathOf(file), html, $: cheerio.load(html) };
    }),
  );
}
