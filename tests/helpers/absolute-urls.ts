import { readdir, readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

/** One absolute http(s) URL found in a built file. */
export interface FoundUrl {
  /** Path inside dist/, with forward slashes. */
  file: string;
  /** The URL as written (HTML entities for `&` undone). */
  url: string;
}

/** Files a URL can hide in as text: pages, data, citations, exports, scripts, styles, headers. */
const TEXT = new Set(['.html', '.json', '.bib', '.ris', '.argdown', '.csv', '.txt', '.xml', '.js', '.mjs', '.css', '.svg', '.webmanifest', '']);

/**
 * Every absolute http(s) URL written anywhere in the built site `dir`, as `grep -r` would see it: HTML
 * attributes and text, JSON-LD, .bib, .ris, the exports, scripts and `_headers`. Binary files (images,
 * Pagefind's compressed index) are skipped.
 */
export async function absoluteUrlsIn(dir: string): Promise<FoundUrl[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && TEXT.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  const found: FoundUrl[] = [];
  for (const path of files) {
    const text = await readFile(path, 'utf8');
    const file = path.slice(dir.length + 1).split(sep).join('/');
    for (const match of text.matchAll(/https?:\/\/[^\s"'<>`{}|\\^)\]]+/g)) found.push({ file, url: match[0].replaceAll('&amp;', '&').replace(/[.,;:]+$/, '') });
  }
  return found;
}

/** Hosts that only ever mean "this machine": no published page may name one. */
export const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(:\d+)?$/i;
