import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** One internal reference that does not resolve. */
export interface BrokenReference {
  /** The page it is on, as served (with the base). */
  page: string;
  /** The attribute value as written. */
  ref: string;
  /** Why it does not resolve. */
  problem: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** The file a path under the site root would be served from (directory → index.html), or undefined. */
async function fileFor(dist: string, sitePath: string): Promise<string | undefined> {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  for (const candidate of [join(dist, clean), join(dist, clean, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * Checks every `href`, `src`, `srcset` and form `action` in every HTML file of a build served at
 * `base` (e.g. "/course/argmap/"): an internal reference must stay under the base, name a file in
 * the build, and its `#fragment` must be an element id (or `name`) on the target page.
 * Returns the ones that do not, and how many references were checked.
 */
export async function checkInternalLinks(
  dist: string,
  base: string,
  /** Check these site paths (with base and #fragment) instead of the references in the HTML files. */
  only?: string[],
): Promise<{ broken: BrokenReference[]; checked: number }> {
  const origin = 'http://site.invalid';
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const $ = cheerio.load(await readFile(file, 'utf8'));
      set = new Set($('[id], a[name]').map((_, element) => $(element).attr('id') ?? $(element).attr('name') ?? '').get());
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenReference[] = [];
  let checked = 0;
  const pages: { page: URL; refs: string[] }[] = only ? [{ page: new URL(base, origin), refs: only }] : [];
  for (const file of only ? [] : await htmlFiles(dist)) {
    const rel = relative(dist, file).split(sep).join('/');
    const page = new URL(`${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const $ = cheerio.load(await readFile(file, 'utf8'));
    const refs: string[] = [];
    $('[href]').each((_, element) => void refs.push($(element).attr('href')!));
    $('[src]').each((_, element) => void refs.push($(element).attr('src')!));
    $('[srcset]').each((_, element) => {
      for (const part of $(element).attr('srcset')!.split(',')) refs.push(part.trim().split(/\s+/)[0]!);
    });
    $('form[action]').each((_, element) => void refs.push($(element).attr('action')!));
    pages.push({ page, refs });
  }
  for (const { page, refs } of pages) {
    for (const ref of refs) {
      if (/^(mailto|tel|data|javascript):/i.test(ref)) continue;
      const url = new URL(ref, page);
      if (url.origin !== origin) continue;
      checked += 1;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: page.pathname, ref, problem: `leaves the base ${base}` });
        continue;
      }
      const target = await fileFor(dist, url.pathname.slice(base.length));
      if (!target) {
        broken.push({ page: page.pathname, ref, problem: `no file for ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(fragment)) {
        broken.push({ page: page.pathname, ref, problem: `no element id="${fragment}" on ${url.pathname}` });
      }
    }
  }
  return { broken, checked };
}
