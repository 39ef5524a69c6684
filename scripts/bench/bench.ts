/**
 * `npm run bench`: what the site costs to build and to load, against its budgets. Not part of
 * `npm test` (it takes minutes and measures time, which tests must not).
 *
 * Prints: build time (full and graph step); bytes per page kind by type, raw and gzip, as Chromium
 * loads them; JavaScript required to read an essay; Pagefind bytes for a first query; Lighthouse
 * (mobile, median of BENCH_RUNS=3) per page kind; and all of it again at 50× content, made by
 * `scripts/bench/synth.ts`, to show how cost grows.
 *
 * Then the phone profile (scripts/bench/phone.ts): first paint and first claim per page kind on a throttled
 * phone, and /map/ side by side with Argdown's own map of the same graph and a one-heading floor page.
 *
 * Usage: npm run bench     (BENCH_RUNS=1 for a quick look; BENCH_SCALES=10,50 the larger passes (default),
 *                           BENCH_SCALE=0 to skip them, BENCH_SCALE=50 for one;
 *                           BENCH_MAP=0 to skip the map's own benchmark; BENCH_LIGHTHOUSE=0 to skip Lighthouse; BENCH_PHONE=0 to skip the phone
 *                           profile, BENCH_PHONE_RUNS=N for its runs: 5, or 1 when BENCH_RUNS=1)
 * Each pass builds in a temporary copy of the project; only scripts/bench/bench-map.ts rebuilds dist/ here.
 * Over an existing build: `node scripts/bench/phone.ts` (the phone profile alone) and
 * `node scripts/bench/trace-phone.ts` (where each page kind's first paint goes, from a Chromium trace).
 */
import { runScript } from '../lib/error-boundary.ts';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveSite, type StaticSite } from '../lib/serve.ts';
import { pageKinds, type PageKind } from '../lib/page-kinds.ts';
import { buildContentDir, copyProject, type ProjectCopy } from '../lib/project-copy.ts';
import { formatPhone, phoneProfile } from './phone.ts';
import { graphFile, loadGraph } from '../../src/data-files/load-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The content sizes measured besides the real one: BENCH_SCALES=10,50 (default), or BENCH_SCALE=N for one; 0 for none. */
const SCALES = (process.env.BENCH_SCALE !== undefined ? process.env.BENCH_SCALE : (process.env.BENCH_SCALES ?? '10,50'))
  .split(',').map(Number).filter((scale) => Number.isFinite(scale) && scale > 0);
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS ?? (RUNS === 1 ? 1 : 5));
const KB = 1024;

/** Gzip budgets per page kind at real size (issue 8). */
const BYTE_BUDGETS: Record<string, number> = { essay: 35 * KB, claim: 25 * KB, 'map (expanded)': 80 * KB, 'map (collapsed)': 80 * KB, 'whole map': 80 * KB };
/** Full build at real size, seconds. */
const BUILD_BUDGET_S = 20;
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// ---------- helpers ----------

/** A markdown table. */
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; seconds: number; output: string }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => done({ code: code ?? 1, seconds: (performance.now() - started) / 1000, output }));
  });
}

// ---------- sections ----------

/**
 * Build time in seconds: the full `npm run build` cold (a fresh copy, no Astro/Vite cache, as on a
 * fresh clone), then warm (run again), and the graph step alone. NEW_SITE=1: the synthetic content has
 * no ledger of published ids (the real content's ledger is read as always).
 */
export async function measureBuild(dir: string, warm = true): Promise<{ cold: number; full: number; graph: number; claims: number }> {
  const cold = await run('npm', ['run', '--silent', 'build'], dir, { CONTENT_DIR: 'content', NEW_SITE: '1' });
  if (cold.code !== 0) throw new Error(`build failed in ${dir}:\n${cold.output.slice(-4000)}`);
  // The larger passes build once: a second build of 50× content costs minutes and says little more.
  const full = warm ? await run('npm', ['run', '--silent', 'build'], dir, { CONTENT_DIR: 'content', NEW_SITE: '1' }) : cold;
  if (full.code !== 0) throw new Error(`build failed in ${dir}:\n${full.output.slice(-4000)}`);
  const graph = await run('npm', ['run', '--silent', 'build:graph'], dir, { CONTENT_DIR: 'content', NEW_SITE: '1' });
  if (graph.code !== 0) throw new Error(`build:graph failed:\n${graph.output.slice(-2000)}`);
  const claims = loadGraph(graphFile(dir)).claims.length;
  return { cold: cold.seconds, full: full.seconds, graph: graph.seconds, claims };
}

/** Bytes by resource type for one page, as Chromium loads it (cache off). */
export interface PageBytes {
  kind: string;
  status: number;
  raw: Record<string, number>;
  gzip: Record<string, number>;
}

const TYPES = ['document', 'stylesheet', 'script', 'image', 'font', 'other'] as const;

/** Loads each page kind in Chromium and adds up what it fetched, by type, raw and gzipped. */
export async function measurePageBytes(browser: Browser, site: StaticSite, kinds: PageKind[]): Promise<PageBytes[]> {
  const results: PageBytes[] = [];
  for (const kind of kinds) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const raw: Record<string, number> = Object.fromEntries(TYPES.map((type) => [type, 0]));
    const gzip: Record<string, number> = Object.fromEntries(TYPES.map((type) => [type, 0]));
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const resourceType = response.request().resourceType();
            const type = (TYPES as readonly string[]).includes(resourceType) ? resourceType : 'other';
            raw[type]! += body.length;
            gzip[type]! += gzipSync(body, { level: 9 }).length;
          },
          () => undefined,
        ),
      );
    });
    const response = await page.goto(new URL(kind.path.slice(1), site.url).href, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    results.push({ kind: kind.name, status: response?.status() ?? 0, raw, gzip });
    await context.close();
  }
  return results;
}

/** JavaScript needed to read an essay: 0 when the page with JavaScript off shows the same text and claims. */
export async function measureEssayJs(browser: Browser, site: StaticSite, essayPath: string): Promise<{ required: number; loaded: number; note: string }> {
  const read = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    let js = 0;
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') js += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(new URL(essayPath.slice(1), site.url).href, { waitUntil: 'networkidle' });
    const text = await page.evaluate(() => ({
      claims: document.querySelectorAll('main [data-claim]').length,
      words: (document.querySelector('main article, main')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
    }));
    await context.close();
    return { ...text, js };
  };
  const [off, on] = [await read(false), await read(true)];
  const complete = off.claims === on.claims && off.words >= on.words * 0.98;
  return {
    required: complete ? 0 : on.js,
    loaded: on.js,
    note: complete ? `JS off: ${off.words} words, ${off.claims} claims, as with JS` : `JS off shows ${off.words}/${on.words} words, ${off.claims}/${on.claims} claims`,
  };
}

/** Bytes fetched from /pagefind/ for the first query on the search page. */
export async function measurePagefind(browser: Browser, site: StaticSite): Promise<{ raw: number; gzip: number; files: number; status: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
    pending.push(
      response.body().then(
        (body) => {
          files += 1;
          raw += body.length;
          gzip += gzipSync(body, { level: 9 }).length;
        },
        () => undefined,
      ),
    );
  });
  const response = await page.goto(new URL('search/?q=regime+security', site.url).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return { raw, gzip, files, status: response?.status() ?? 0 };
}

/** Lighthouse (mobile, default throttling) scores 0–100 per category, median of `runs`. */
export async function measureLighthouse(site: StaticSite, path: string, runs: number): Promise<Record<string, number> | string> {
  const scores: Record<string, number[]> = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, []]));
  const reportFile = join(tmpdir(), `counterpoint-lighthouse-${process.pid}.json`);
  for (let n = 0; n < runs; n += 1) {
    // Async: the static server runs in this process and must keep answering while Lighthouse loads.
    const result = await run(
      join(ROOT, 'node_modules/.bin/node'),
      [
        join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        new URL(path.slice(1), site.url).href,
        '--quiet',
        '--output=json',
        `--output-path=${reportFile}`,
        `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      ROOT,
      { CHROME_PATH: CHROMIUM },
    );
    if (result.code !== 0) return `lighthouse failed: ${result.output.split('\n').slice(-3).join(' ').slice(0, 200)}`;
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
    if (report.runtimeError) return `lighthouse: ${report.runtimeError.message}`;
    for (const category of LIGHTHOUSE_CATEGORIES) scores[category]!.push(Math.round((report.categories[category]?.score ?? 0) * 100));
  }
  await rm(reportFile, { force: true });
  return Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, median(scores[category]!)]));
}

/**
 * Replaces a copy's content with synthetic content `factor` times the real size, written by
 * `scripts/bench/synth.ts <folder> --scale N` (deterministic). Returns why it could not, or undefined.
 */
export async function synthesize(dir: string, factor: number): Promise<string | undefined> {
  if (!existsSync(join(dir, 'scripts/bench/synth.ts'))) return 'scripts/bench/synth.ts is not on this branch yet';
  const result = await run(join(ROOT, 'node_modules/.bin/node'), ['scripts/bench/synth.ts', join(dir, 'content'), '--scale', String(factor)], dir);
  return result.code === 0 ? undefined : `scripts/bench/synth.ts failed: ${result.output.slice(-500)}`;
}

/** The map's own benchmark (scripts/bench/bench-map.ts): layout time, bytes, time to answer a key, real and 50×. */
export async function mapBenchmark(): Promise<string> {
  const file = join(ROOT, 'scripts/bench/bench-map.ts');
  if (!existsSync(file)) return 'not measured: scripts/bench/bench-map.ts is not on this branch yet';
  // Imported by path: the module arrives with the map branch.
  const bench = (await import(pathToFileURL(file).href)) as {
    benchMap: (options: { build?: boolean }) => Promise<unknown[]>;
    formatMapBench: (rows: unknown[]) => string;
  };
  return bench.formatMapBench(await bench.benchMap({ build: true }));
}

/** Bytes of every file under `dist`, and of those under `dist/og/` (the preview cards). */
export async function distSize(dist: string): Promise<{ total: number; cards: number }> {
  let total = 0;
  let cards = 0;
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const { size } = await stat(join(entry.parentPath, entry.name));
    total += size;
    if (entry.parentPath.startsWith(join(dist, 'og'))) cards += size;
  }
  return { total, cards };
}

// ---------- the report ----------

interface Pass {
  label: string;
  build: { cold: number; full: number; graph: number; claims: number };
  /** Bytes in dist/: all of it, and the preview cards (og/). */
  dist: { total: number; cards: number };
  bytes: PageBytes[];
  essayJs?: { required: number; loaded: number; note: string };
  pagefind: { raw: number; gzip: number; files: number; status: number };
  lighthouse: { kind: string; scores: Record<string, number> | string }[];
}

async function measurePass(label: string, dir: string, browser: Browser, lighthouseRuns: number, warm = true): Promise<Pass> {
  console.error(`bench: ${label}: building…`);
  const build = await measureBuild(dir, warm);
  const dist = await distSize(join(dir, 'dist'));
  const kinds = await pageKinds(dir);
  // Gzip on the wire, as every static host serves: Lighthouse's simulated slow 4G goes by transfer size.
  const site = await serveSite(join(dir, 'dist'), '/', { gzip: true });
  try {
    console.error(`bench: ${label}: page bytes…`);
    const bytes = await measurePageBytes(browser, site, kinds);
    const essay = kinds.find((kind) => kind.name === 'essay');
    const essayJs = essay ? await measureEssayJs(browser, site, essay.path) : undefined;
    const pagefind = await measurePagefind(browser, site);
    const lighthouse: Pass['lighthouse'] = [];
    const seen = new Set<string>();
    for (const kind of lighthouseRuns > 0 ? kinds : []) {
      if (seen.has(kind.path)) continue;
      seen.add(kind.path);
      const status = bytes.find((page) => page.kind === kind.name)?.status;
      if (status !== 200) {
        lighthouse.push({ kind: kind.name.replace(/ \(.*\)$/, ''), scores: `not run: HTTP ${status}` });
        continue;
      }
      console.error(`bench: ${label}: lighthouse ${kind.name} ×${lighthouseRuns}…`);
      lighthouse.push({ kind: kind.name.replace(/ \(.*\)$/, ''), scores: await measureLighthouse(site, kind.path, lighthouseRuns) });
    }
    return { label, build, dist, bytes, essayJs, pagefind, lighthouse };
  } finally {
    await site.close();
  }
}

function printPass(pass: Pass, budgets: boolean): void {
  console.log(`\n## ${pass.label}\n`);
  const flag = (seconds: number) => (!budgets ? '' : seconds > BUILD_BUDGET_S ? `✗ over ${BUILD_BUDGET_S} s` : `✓ ≤ ${BUILD_BUDGET_S} s`);
  console.log(table(['build', 'seconds', 'budget'], [
    [`full, cold: fresh copy, no cache (npm run build, ${pass.build.claims} claims)`, pass.build.cold.toFixed(1), flag(pass.build.cold)],
    ['full, warm: the same again', pass.build.full.toFixed(1), flag(pass.build.full)],
    ['graph step alone (npm run build:graph)', pass.build.graph.toFixed(1), ''],
  ]));
  console.log('');
  const rows = pass.bytes.map((page) => {
    const total = Object.values(page.gzip).reduce((a, b) => a + b, 0);
    const budget = BYTE_BUDGETS[page.kind];
    const flag = page.status !== 200 ? `✗ HTTP ${page.status}` : budgets && budget ? (total > budget ? `✗ over ${kb(budget)}` : `✓ ≤ ${kb(budget)}`) : '';
    return [
      page.kind,
      ...(['document', 'stylesheet', 'script', 'image', 'font', 'other'] as const).map((type) => `${kb(page.raw[type]!)} / ${kb(page.gzip[type]!)}`),
      `${kb(Object.values(page.raw).reduce((a, b) => a + b, 0))} / ${kb(total)}`,
      flag,
    ];
  });
  console.log(table(['page kind (KB raw / gzip)', 'HTML', 'CSS', 'JS', 'images', 'fonts', 'other (fetch, wasm)', 'total', 'budget (gzip)'], rows));
  console.log('');
  if (pass.essayJs) {
    console.log(`JavaScript required to read an essay: ${kb(pass.essayJs.required)} KB (target 0; the page loads ${kb(pass.essayJs.loaded)} KB of JS) — ${pass.essayJs.note}`);
  }
  console.log(
    pass.pagefind.status === 200
      ? `Pagefind bytes for a first query (/search/?q=regime+security): ${kb(pass.pagefind.raw)} KB raw, ${kb(pass.pagefind.gzip)} KB gzip, ${pass.pagefind.files} files`
      : `Pagefind bytes for a first query: n/a (/search/ answered ${pass.pagefind.status})`,
  );
  if (pass.lighthouse.length === 0) return;
  console.log('');
  console.log(
    table(
      [`Lighthouse mobile, median of ${RUNS}`, ...LIGHTHOUSE_CATEGORIES, 'all 100?'],
      pass.lighthouse.map(({ kind, scores }) =>
        typeof scores === 'string'
          ? [kind, scores, '', '', '', '✗']
          : [kind, ...LIGHTHOUSE_CATEGORIES.map((category) => scores[category]!), LIGHTHOUSE_CATEGORIES.every((category) => scores[category] === 100) ? '✓' : '✗'],
      ),
    ),
  );
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  // Timings mean little on a busy machine: say how busy it was.
  console.log(`# npm run bench — ${new Date().toISOString()}, ${cpus().length} CPUs, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  const browser = await launchBrowser({ spareRenderer: true });
  const copies: ProjectCopy[] = [];
  try {
    const real = await copyProject({ content: buildContentDir() });
    copies.push(real);
    const realPass = await measurePass('Real size', real.dir, browser, process.env.BENCH_LIGHTHOUSE === '0' ? 0 : RUNS);
    printPass(realPass, true);
    if (process.env.BENCH_PHONE !== '0') {
      console.error('bench: the phone profile (scripts/bench/phone.ts)…');
      const phone = await phoneProfile(browser, join(real.dir, 'dist'), await pageKinds(real.dir), PHONE_RUNS)
        .then(async ({ results, close }) => {
          await close();
          return formatPhone(results, PHONE_RUNS, table);
        })
        .catch((cause: unknown) => `not measured: ${String(cause)}${cause instanceof Error && cause.cause ? `: ${String(cause.cause)}` : ''}`);
      console.log(`\n## On a phone (real size)\n\n${phone}`);
    }
    const passes = [realPass];
    for (const scale of SCALES) {
      const pass = await scaledPass(scale, browser, copies);
      if (pass) passes.push(pass);
    }
    if (SCALES.length > 0) printGrowth(passes);
    if (process.env.BENCH_MAP !== '0') {
      console.error('bench: the map (scripts/bench/bench-map.ts)…');
      const map = await mapBenchmark().catch((cause: unknown) => `not measured: ${String(cause).split('\n')[0]}`);
      console.log(`\n## The map (scripts/bench/bench-map.ts; it rebuilds this worktree's dist/)\n\n${map}`);
    }
  } finally {
    await browser.close();
    for (const copy of copies) await copy.dispose();
  }
}

/**
 * One larger pass: synthetic content `scale` times the real size, built once, measured without
 * Lighthouse. Never throws: a pass that cannot finish prints exactly why (the step, and the signal or
 * error lines of its output) and gives undefined, so the rest of the report still comes.
 */
async function scaledPass(scale: number, browser: Browser, copies: ProjectCopy[]): Promise<Pass | undefined> {
  const big = await copyProject();
  copies.push(big);
  const why = await synthesize(big.dir, scale);
  if (why) {
    console.log(`\n## ${scale}× content\n\nnot measured: ${why}`);
    return undefined;
  }
  try {
    const pass = await measurePass(`${scale}× content`, big.dir, browser, 0, false);
    printPass(pass, false);
    return pass;
  } catch (cause) {
    const text = String(cause);
    const step = /FAILED at step "([^"]+)" \(exit (\d+)\)/.exec(text);
    const reasons = text.split('\n').filter((line) => /killed by|error|ENOMEM|heap|FAILED/i.test(line)).slice(0, 6);
    console.log(`\n## ${scale}× content\n\nnot measured: ${step ? `the build failed at ${step[1]} (exit ${step[2]})` : 'the pass failed'}:\n${reasons.join('\n') || text.slice(-800)}`);
    return undefined;
  } finally {
    // Each pass's copy is large (hundreds of MB at 50×): free the disk before the next.
    await big.dispose();
    copies.splice(copies.indexOf(big), 1);
  }
}

/** The slope of ln(seconds) against ln(claims), least squares: 1 is linear, above 1 worse than linear. */
export function growthExponent(points: { claims: number; seconds: number }[]): number {
  const xs = points.map((point) => Math.log(point.claims));
  const ys = points.map((point) => Math.log(point.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return num / den;
}

/** 1×, 10×, 50× side by side: claims, cold build, per claim, dist/ and its cards, /map/'s first load; and the exponent. */
function printGrowth(passes: Pass[]): void {
  const MB = 1024 * 1024;
  const mapLoad = (pass: Pass) => {
    const page = pass.bytes.find((item) => item.kind === 'map (collapsed)');
    return page ? Object.values(page.gzip).reduce((a, b) => a + b, 0) : NaN;
  };
  console.log(`\n## Growth\n\nLoad average after: ${loadavg().map((load) => load.toFixed(1)).join(' ')}\n`);
  console.log(table(
    ['content', 'claims', 'build s (cold)', 'ms per claim', 'dist/ MB', 'of which cards MB', '/map/ first load KB gzip (target ≤ 150)'],
    passes.map((pass) => [
      pass.label,
      pass.build.claims,
      pass.build.cold.toFixed(1),
      ((pass.build.cold / pass.build.claims) * 1000).toFixed(0),
      (pass.dist.total / MB).toFixed(1),
      (pass.dist.cards / MB).toFixed(1),
      `${kb(mapLoad(pass))}${mapLoad(pass) <= 150 * KB ? ' ✓' : ' ✗'}`,
    ]),
  ));
  if (passes.length < 2) return;
  const exponent = growthExponent(passes.map((pass) => ({ claims: pass.build.claims, seconds: pass.build.cold })));
  console.log(`\nBuild time grows as claims^${exponent.toFixed(2)} over ${passes.map((pass) => pass.build.claims).join(' → ')} claims (1 = linear; fitted on cold builds, least squares on logs): ${exponent <= 1.1 ? '✓ no worse than linear' : '✗ worse than linear'}`);
}

await runScript('bench', main);
