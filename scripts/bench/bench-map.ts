/**
 * Benchmarks the map at real size and at 50×: layout time in Node (toHierarchy + layoutMap, median),
 * bytes of /map/'s first load (HTML, and the CSS and JS it loads; raw and gzip) and of the largest
 * per-essay page /map/<essay-id>/ (what opening a branch fetches on a large map), and in Chromium the
 * time until the page is ready for keys and the time from a key press to the next painted frame
 * (ArrowDown; Left/Right closing and opening a branch, fetching it first when it lives on its own
 * page; medians). Targets (issue 17): first load ≤ 150 KB gzip, a key answered within 100 ms.
 *
 * Usage: node scripts/bench/bench-map.ts                 real size (builds first unless --no-build) and 50×
 *        node scripts/bench/bench-map.ts --only real|50x [--no-build] [--json]
 * The 50× run writes synthetic content (scripts/bench/synth.ts) and builds it in a temporary project copy,
 * leaving this worktree's dist/ alone.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { toHierarchy } from '../../src/map/to-hierarchy.ts';
import { layoutMap } from '../../src/map/layout.ts';
import { synthesize } from './synth.ts';
import { copyProject } from '../lib/project-copy.ts';
import { serveSite } from '../lib/serve.ts';
import { launchBrowser } from '../lib/browser.ts';
import { loadGraph } from '../../src/data-files/load-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** One row of the table. */
export interface MapBench {
  label: string;
  claims: number;
  relations: number;
  layoutMs: number;
  htmlRaw: number;
  htmlGzip: number;
  assetsRaw: number;
  assetsGzip: number;
  branchGzip: number;
  readyMs: number;
  keyMs: number;
  toggleMs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Layout time: median of several runs of graph → hierarchy → layout, after a warm-up. */
async function layoutTime(graphFile: string): Promise<{ ms: number; claims: number; relations: number }> {
  const graph = loadGraph(graphFile);
  layoutMap(toHierarchy(graph));
  const runs: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const start = performance.now();
    layoutMap(toHierarchy(graph));
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), claims: graph.claims.length, relations: graph.relations.length };
}

/** Bytes of dist/map/index.html and of the stylesheets and scripts it loads. */
async function pageBytes(dist: string): Promise<Pick<MapBench, 'htmlRaw' | 'htmlGzip' | 'assetsRaw' | 'assetsGzip'>> {
  const html = await readFile(join(dist, 'map/index.html'));
  const text = html.toString('utf8');
  const assets = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((match) => match[1]!);
  let assetsRaw = 0;
  let assetsGzip = 0;
  for (const asset of new Set(assets)) {
    const body = await readFile(join(dist, asset.replace(/^\/+/, '')));
    assetsRaw += body.length;
    assetsGzip += gzipSync(body).length;
  }
  return { htmlRaw: html.length, htmlGzip: gzipSync(html).length, assetsRaw, assetsGzip };
}

/** Gzip bytes of the largest per-essay map page (0 when there is none). */
async function branchBytes(dist: string): Promise<number> {
  const dirs = await readdir(join(dist, 'map'), { withFileTypes: true });
  let largest = 0;
  for (const dir of dirs.filter((entry) => entry.isDirectory())) {
    const html = await readFile(join(dist, 'map', dir.name, 'index.html')).catch(() => undefined);
    if (html) largest = Math.max(largest, gzipSync(html).length);
  }
  return largest;
}

/** Chromium: ready time, and key-press-to-next-frame latency (medians). */
async function keyLatency(dist: string): Promise<Pick<MapBench, 'readyMs' | 'keyMs' | 'toggleMs'>> {
  const site = await serveSite(dist);
  const browser = await launchBrowser({ spareRenderer: true });
  try {
    const readies: number[] = [];
    const keys: number[] = [];
    const toggles: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}map/`);
      await page.waitForSelector('#map-viewport[data-ready="true"]');
      readies.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const mark = performance.getEntriesByName('map-ready')[0];
        return (mark?.startTime ?? performance.now()) - (nav?.startTime ?? 0);
      }));
      await page.evaluate(() => {
        const w = window as unknown as { __lat: number[] };
        w.__lat = [];
        document.addEventListener('keydown', (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => requestAnimationFrame(() => w.__lat.push(performance.now() - start)));
        }, true);
      });
      await page.focus('[role="tree"] [tabindex="0"]');
      const collect = async (key: string, times: number, into: number[]) => {
        for (let i = 0; i < times; i += 1) {
          await page.keyboard.press(key);
          await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, i + 1);
        }
        into.push(...(await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.splice(0))));
      };
      await collect('ArrowDown', 15, keys);
      for (let i = 0; i < 5; i += 1) {
        // Move to a branch below the question (round by round a different one), then open and close it,
        // or close and open it: on a large map the first opening fetches the branch.
        const open = await page.evaluate((n) => {
          const items = [...document.querySelectorAll<HTMLElement>('[role="treeitem"][aria-expanded]')].filter((item) => item.offsetParent !== null && item.dataset.parent);
          const item = items[(n * 7 + 1) % Math.max(1, items.length)];
          item?.focus();
          return item?.getAttribute('aria-expanded') === 'true';
        }, round * 5 + i);
        const [first, second] = open ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
        await collect(first, 1, toggles);
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        await collect(second, 1, toggles);
      }
      await page.close();
    }
    return { readyMs: median(readies), keyMs: median(keys), toggleMs: median(toggles) };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function measure(label: string, dist: string, graphFile: string): Promise<MapBench> {
  const layout = await layoutTime(graphFile);
  return { label, claims: layout.claims, relations: layout.relations, layoutMs: layout.ms, ...(await pageBytes(dist)), branchGzip: await branchBytes(dist), ...(await keyLatency(dist)) };
}

/** Builds and measures the real content (this worktree) and/or a 50× synthetic copy. */
export async function benchMap(options: { only?: 'real' | '50x'; build?: boolean } = {}): Promise<MapBench[]> {
  const rows: MapBench[] = [];
  if (options.only !== '50x') {
    if (options.build !== false) {
      const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
    }
    rows.push(await measure('real', join(ROOT, 'dist'), join(ROOT, 'src/data/graph.json')));
  }
  if (options.only !== 'real') {
    const content = join(tmpdir(), `counterpoint-synth-${process.pid}`);
    await synthesize(content, 50);
    const copy = await copyProject();
    try {
      const built = copy.run('build', { CONTENT_DIR: content, NEW_SITE: '1' });
      if (built.status !== 0) throw new Error(`50× build failed:\n${built.stderr.slice(-4000)}`);
      rows.push(await measure('50x', join(copy.dir, 'dist'), join(copy.dir, 'src/data/graph.json')));
    } finally {
      await copy.dispose();
      await rm(content, { recursive: true, force: true });
    }
  }
  return rows;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Issue 17's targets: the map's first load, gzip, and the time to answer a key press. */
export const MAP_TARGETS = { firstLoadGzip: 150 * 1024, keyMs: 100 } as const;

/** The table `npm run bench` prints. */
export function formatMapBench(rows: readonly MapBench[]): string {
  const head = ['map', 'claims', 'relations', 'layout', 'HTML raw', 'HTML gzip', 'CSS+JS raw', 'CSS+JS gzip', 'first load gzip (≤ 150 KB)', 'largest essay page gzip', 'ready', 'key→frame (≤ 100 ms)', 'close/open branch→frame (≤ 100 ms)'];
  const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
  const body = rows.map((row) => [
    row.label, String(row.claims), String(row.relations), ms(row.layoutMs), kb(row.htmlRaw), kb(row.htmlGzip), kb(row.assetsRaw),
    kb(row.assetsGzip), kb(row.htmlGzip + row.assetsGzip) + mark(row.htmlGzip + row.assetsGzip <= MAP_TARGETS.firstLoadGzip), kb(row.branchGzip),
    ms(row.readyMs), ms(row.keyMs) + mark(row.keyMs <= MAP_TARGETS.keyMs), ms(row.toggleMs) + mark(row.toggleMs <= MAP_TARGETS.keyMs),
  ]);
  const widths = head.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { only: { type: 'string' }, 'no-build': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const only = values.only === 'real' || values.only === '50x' ? values.only : undefined;
  const rows = await benchMap({ ...(only ? { only } : {}), build: !values['no-build'] });
  console.log(values.json ? JSON.stringify(rows, null, 2) : formatMapBench(rows));
}
