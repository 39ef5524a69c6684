/**
 * Measures what a first search costs a reader: the bytes the search page fetches from /pagefind/
 * for one query (raw, and gzip for files a server would compress), and the time from navigation to
 * the first result, in headless Chromium over the built `dist/`.
 *
 *   npm run build && node scripts/bench/measure-search.ts ["regime security"]
 *
 * Prints a table and a JSON line; `measureFirstQuery` is exported for the benchmark.
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { launchBrowser } from '../lib/browser.ts';
import { serveSite } from '../lib/serve.ts';

/** What one first query cost. */
export interface FirstQueryCost {
  /** The query. */
  query: string;
  /** Files fetched from /pagefind/, with their raw and gzip sizes in bytes. */
  files: { path: string; raw: number; gzip: number }[];
  /** Sum of raw bytes. */
  raw: number;
  /** Sum of bytes over the wire with gzip (Pagefind's index files are gzipped already). */
  gzip: number;
  /** Milliseconds from navigation start to the first rendered results (the page's `search:results` mark). */
  msToFirstResult: number;
}

/** Opens `/search/?q=<query>` on a fresh page and records every /pagefind/ response. */
export async function measureFirstQuery(dist = resolve(import.meta.dirname, '../../dist'), query = 'regime security'): Promise<FirstQueryCost> {
  const site = await serveSite(dist);
  const browser = await launchBrowser({ spareRenderer: true });
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ path: string; raw: number; gzip: number }>[] = [];
    const watch = (response: import('playwright-core').Response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      bodies.push(response.body().then((body) => {
        // pf_* index files and the .pagefind wasm are gzip streams already: a server sends them as they are.
        const compressed = /\.pf_|\.pagefind$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
        return { path, raw: body.length, gzip: compressed };
      }));
    };
    page.on('response', watch);
    // The worker's fetches are the page's too in Playwright's context-level events.
    page.context().on('response', (response) => {
      if (response.frame() === null) watch(response);
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    await page.waitForSelector('#search-results li');
    // The page's own mark, from navigation start: Playwright's overhead is not the reader's wait.
    const mark = await page.waitForFunction(() => performance.getEntriesByName('search:results')[0]?.startTime);
    const msToFirstResult = Math.round(Number(await mark.jsonValue()));
    await page.waitForLoadState('networkidle');
    const seen = new Set<string>();
    const files = (await Promise.all(bodies)).filter((file) => !seen.has(file.path) && seen.add(file.path));
    return {
      query,
      files,
      raw: files.reduce((sum, file) => sum + file.raw, 0),
      gzip: files.reduce((sum, file) => sum + file.gzip, 0),
      msToFirstResult,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) {
  const cost = await measureFirstQuery(undefined, process.argv[2]);
  for (const file of cost.files) console.log(`${file.path.padEnd(48)} ${String(file.raw).padStart(8)} ${String(file.gzip).padStart(8)}`);
  console.log(`${'total (bytes: raw, gzip)'.padEnd(48)} ${String(cost.raw).padStart(8)} ${String(cost.gzip).padStart(8)}`);
  console.log(`first result after ${cost.msToFirstResult} ms`);
  console.log(JSON.stringify({ query: cost.query, raw: cost.raw, gzip: cost.gzip, msToFirstResult: cost.msToFirstResult }));
}
