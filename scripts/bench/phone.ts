/**
 * The phone profile of `npm run bench`: each page kind loaded as a mid-range phone on slow 4G sees it
 * (Chromium with 150 ms round trips, 1.6 Mbps down, 750 kbps up and the CPU 4× slower, through the
 * DevTools protocol; gzip served, cache off), with first contentful paint and the time its first claim
 * is on screen, median of BENCH_RUNS (5 by default) interleaved runs; bytes are counted at the server.
 * In the same run, side by side: `/map/` against Argdown's own web-component map of our `/graph.argdown`
 * (made by `@argdown/cli` at bench time, its module and CSS served locally, never from a CDN) and against
 * the floor, a bare page with one heading.
 *
 * Times come from the page's own clock: an init script looks for the element in every animation frame
 * and, once it is laid out and visible (in the viewport where that is asked), notes `performance.now()` in
 * the next animation frame, which runs after the frame that drew it was painted; first paint is the
 * page's `first-contentful-paint` entry. The harness's clock would add its own scheduling on a machine
 * shared by many builds. One uncounted load of each page comes first (a cold renderer is slow).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type StaticSite } from '../lib/serve.ts';
import { loadGraph } from '../../src/data-files/load-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The throttling: a mid-range phone on slow 4G (Lighthouse's mobile numbers, CPU as DevTools sets it). */
export const PHONE = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4, width: 390, height: 844 } as const;

/** One page to load on the phone profile. */
export interface PhoneTarget {
  /** Name in the report: `essay`, `map`, `Argdown map`, `floor`. */
  name: string;
  /** The server it is on (gzip on). */
  site: StaticSite;
  /** Path under the server's URL, without a leading slash. */
  path: string;
  /** CSS selector of the first claim (or, on pages without claims, the first thing a reader came for). */
  firstClaim: string;
  /** What `firstClaim` is, for the report. */
  what: string;
  /** Whether it must be inside the first screen (the maps, the floor) or only laid out and visible (below the fold). */
  inViewport: boolean;
}

/** One page's medians. */
export interface PhoneResult {
  name: string;
  what: string;
  /** Median first contentful paint, ms from navigation start. */
  firstPaint: number;
  /** Median time the first claim is on screen, ms. */
  firstClaim: number;
  /** Median bytes the server sent for the page and everything it loaded, until the network was quiet. */
  bytes: number;
  /** Every run, for the spread. */
  runs: { firstPaint: number; firstClaim: number; bytes: number }[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs in the page before anything else: the first frame in which `selector` is laid out and visible (in the viewport, if asked). */
function watchFirstClaim({ selector, inViewport }: { selector: string; inViewport: boolean }): void {
  const onScreen = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (!inViewport || (box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth))
      && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const frame = () => {
    for (const element of document.querySelectorAll(selector)) {
      if (onScreen(element)) {
        // The frame that draws it is painted before the next animation frame runs: time that one.
        requestAnimationFrame(() => ((window as unknown as { __firstClaim: number }).__firstClaim = performance.now()));
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Waits until no request has been in flight for `quietMs` (or `limitMs` passed). */
async function networkQuiet(page: Page, inFlight: () => number, quietMs = 1000, limitMs = 30_000): Promise<void> {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - started < limitMs) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(100);
  }
}

/** Loads one target once on the phone profile. */
async function loadOnce(browser: Browser, target: PhoneTarget): Promise<{ firstPaint: number; firstClaim: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const origin = new URL(target.site.url).origin;
    // Nothing from another origin: a CDN link left in a page would fail here, not load from the network.
    const foreign: string[] = [];
    await context.route(/.*/, (route) => {
      if (new URL(route.request().url()).origin === origin) return route.continue();
      foreign.push(route.request().url());
      return route.abort();
    });
    let inFlight = 0;
    page.on('request', () => (inFlight += 1));
    page.on('requestfinished', () => (inFlight -= 1));
    page.on('requestfailed', () => (inFlight -= 1));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: (PHONE.downloadKbps * 1000) / 8,
      uploadThroughput: (PHONE.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.addInitScript(watchFirstClaim, { selector: target.firstClaim, inViewport: target.inViewport });
    const before = target.site.bytesSent();
    const response = await page.goto(new URL(target.path, target.site.url).href, { waitUntil: 'load', timeout: 60_000 });
    if (response?.status() !== 200) throw new Error(`${target.name}: HTTP ${response?.status()} for ${target.path}`);
    await page.waitForFunction(() => (window as unknown as { __firstClaim?: number }).__firstClaim !== undefined, undefined, { timeout: 60_000 }).catch(() => {
      throw new Error(`${target.name}: "${target.firstClaim}" never came on screen`);
    });
    await networkQuiet(page, () => inFlight);
    if (foreign.length > 0) throw new Error(`${target.name}: requests to other origins: ${foreign.join(', ')}`);
    const times = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      firstClaim: (window as unknown as { __firstClaim: number }).__firstClaim,
    }));
    return { ...times, bytes: target.site.bytesSent() - before };
  } finally {
    await context.close();
  }
}

/** Loads every target `runs` times, interleaved (so drift on a shared machine hits all alike), and takes medians. */
export async function measurePhone(browser: Browser, targets: PhoneTarget[], runs: number): Promise<PhoneResult[]> {
  const all = new Map(targets.map((target) => [target.name, [] as PhoneResult['runs']]));
  // One load of each, not counted: the first launch of a renderer and the servers' first files are slow.
  for (const target of targets) await loadOnce(browser, target);
  for (let run = 0; run < runs; run += 1) {
    for (const target of targets) {
      console.error(`bench: phone: ${target.name}, run ${run + 1}/${runs}…`);
      all.get(target.name)!.push(await loadOnce(browser, target));
    }
  }
  return targets.map((target) => {
    const results = all.get(target.name)!;
    return {
      name: target.name,
      what: target.what,
      firstPaint: median(results.map((result) => result.firstPaint)),
      firstClaim: median(results.map((result) => result.firstClaim)),
      bytes: median(results.map((result) => result.bytes)),
      runs: results,
    };
  });
}

function runNode(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A folder of generated comparison pages: Argdown's map of a graph, and the floor. */
export interface ComparisonPages {
  dir: string;
  dispose(): Promise<void>;
}

/**
 * Writes, into a temporary folder, `argdown/index.html`: the page `argdown web-component` makes of
 * `argdownFile` (our /graph.argdown), with its three CDN tags (jsdelivr's CSS, the web-components
 * polyfill, a stub that imports the module from the CDN) replaced by the package's own
 * `argdown-map.css` and `argdown-map.module.js`, served from the same folder (current Chromium needs
 * no polyfill); and `floor/index.html`: one heading, nothing else.
 */
export async function comparisonPages(argdownFile: string, title: string): Promise<ComparisonPages> {
  const dir = await mkdtemp(join(tmpdir(), 'counterpoint-bench-phone-'));
  const made = join(dir, 'cli');
  const cli = await runNode([join(ROOT, 'node_modules/@argdown/cli/dist/cli.js'), 'web-component', argdownFile, made], dir);
  // The CLI prints a harmless stack from its markdown plugin (see package.json overrides); only the file counts.
  const fragment = await readFile(join(made, 'graph.component.html'), 'utf8').catch(() => {
    throw new Error(`argdown web-component wrote no page (exit ${cli.code}):\n${cli.output.slice(-1500)}`);
  });
  const local = fragment
    .replace(/<link\b[^>]*href="https:\/\/cdn\.jsdelivr\.net[^"]*"[^>]*>/g, '')
    .replace(/<script\b[^>]*src="https:\/\/cdn\.jsdelivr\.net[^"]*"[^>]*>\s*<\/script>/g, '');
  const left = /<(?:link|script)\b[^>]*(?:href|src)="https?:[^"]*"/.exec(local);
  if (left) throw new Error(`the Argdown page still loads from another origin: ${left[0]}`);
  const components = join(ROOT, 'node_modules/@argdown/web-components/dist');
  await mkdir(join(dir, 'argdown'));
  await mkdir(join(dir, 'floor'));
  await copyFile(join(components, 'argdown-map.module.js'), join(dir, 'argdown/argdown-map.module.js'));
  await copyFile(join(components, 'argdown-map.css'), join(dir, 'argdown/argdown-map.css'));
  const head = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">';
  await writeFile(
    join(dir, 'argdown/index.html'),
    `<!doctype html><html lang="en"><head>${head}<title>Argdown map</title><link rel="stylesheet" href="./argdown-map.css"><script type="module" src="./argdown-map.module.js"></script></head><body>${local}</body></html>\n`,
  );
  await writeFile(join(dir, 'floor/index.html'), `<!doctype html><html lang="en"><head>${head}<title>Floor</title></head><body><h1>${title}</h1></body></html>\n`);
  await rm(made, { recursive: true, force: true });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Serves a site and the comparison pages with gzip, and measures `/map/` against them and every page kind. */
export async function phoneProfile(
  browser: Browser,
  dist: string,
  kinds: { name: string; path: string }[],
  runs: number,
): Promise<{ results: PhoneResult[]; ours: StaticSite; close(): Promise<void> }> {
  const graph = loadGraph(join(dist, 'graph.json'));
  const pages = await comparisonPages(join(dist, 'graph.argdown'), graph.question.text);
  const ours = await serveSite(dist, '/', { gzip: true });
  const theirs = await serveSite(pages.dir, '/', { gzip: true });
  const close = async () => {
    await ours.close();
    await theirs.close();
    await pages.dispose();
  };
  try {
    // On a phone the home page's first essay card and the essay's and the teach page's first claims sit below
    // the first screen: "laid out" (drawn where the reader will scroll), not "in view". Argdown's map alike.
    // /map/ opens on the debate in one picture (on a phone, its list): its first thesis is the first claim a
    // reader sees there, on the first screen; the outline tree below it comes later in the page.
    const first: Record<string, { selector: string; what: string; inViewport: boolean }> = {
      home: { selector: '.essay-card', what: 'first essay card, laid out', inViewport: false },
      essay: { selector: '.essay-body .claim', what: 'first claim, laid out', inViewport: false },
      claim: { selector: '.claim-quote', what: 'the claim, in view', inViewport: true },
      map: { selector: '.dml-thesis', what: 'first thesis in the picture, in view', inViewport: true },
      search: { selector: '.search-result', what: 'first result, laid out', inViewport: false },
      teach: { selector: '[data-claim-link]', what: 'first claim link, laid out', inViewport: false },
      about: { selector: 'main h1', what: 'heading, in view', inViewport: true },
    };
    const seen = new Set<string>();
    const targets: PhoneTarget[] = [{ name: 'floor (one heading)', site: theirs, path: 'floor/', firstClaim: 'h1', what: 'the heading, in view', inViewport: true }];
    for (const kind of kinds) {
      const key = kind.name.split(' ')[0]!;
      if (seen.has(key) || !first[key]) continue;
      seen.add(key);
      targets.push({ name: key === 'map' ? '/map/' : key, site: ours, path: kind.path.slice(1), firstClaim: first[key].selector, what: first[key].what, inViewport: first[key].inViewport });
    }
    targets.push({ name: 'Argdown map', site: theirs, path: 'argdown/', firstClaim: 'argdown-map svg g.node', what: 'first statement node, laid out', inViewport: false });
    return { results: await measurePhone(browser, targets, runs), ours, close };
  } catch (cause) {
    await close();
    throw new Error('phone profile failed', { cause });
  }
}

/** Issue 27's goals, as multiples of the floor: every page kind 1.25, search 2 (it fetches its index first). */
export const FLOOR_TARGETS = { page: 1.25, search: 2 } as const;

/** A page's multiple of the floor, marked against its goal (the floor and Argdown's map have none). */
function againstFloor(result: PhoneResult, ratio: number): string {
  if (result.name.startsWith('floor') || result.name === 'Argdown map') return ratio.toFixed(2);
  const target = result.name === 'search' ? FLOOR_TARGETS.search : FLOOR_TARGETS.page;
  return `${ratio.toFixed(2)} ${ratio <= target ? '✓' : '✗'} (≤ ${target})`;
}

/** The phone tables: every page against the floor, then /map/ against Argdown's map, with the targets. */
export function formatPhone(results: PhoneResult[], runs: number, table: (head: string[], rows: (string | number)[][]) => string): string {
  const floor = results.find((result) => result.name.startsWith('floor'))!;
  const map = results.find((result) => result.name === '/map/');
  const argdown = results.find((result) => result.name === 'Argdown map')!;
  const ms = (value: number) => `${Math.round(value)}`;
  const spread = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
  const lines = [
    `Phone profile: ${PHONE.latencyMs} ms RTT, ${PHONE.downloadKbps / 1000} Mbps down, CPU ${PHONE.cpuSlowdown}× slower, gzip, cache off; ${PHONE.width}×${PHONE.height}; median of ${runs}, interleaved; page clock; bytes at the server.`,
    '',
    table(
      ['page (phone)', 'first paint ms', 'first claim ms (range)', 'first claim is', 'KB on the wire', '× floor (first claim)'],
      results.map((result) => [
        result.name,
        ms(result.firstPaint),
        `${ms(result.firstClaim)} (${spread(result.runs.map((run) => run.firstClaim))})`,
        result.what,
        (result.bytes / 1024).toFixed(1),
        againstFloor(result, result.firstClaim / floor.firstClaim),
      ]),
    ),
  ];
  if (map) {
    const sooner = argdown.firstClaim / map.firstClaim;
    const share = map.bytes / argdown.bytes;
    lines.push(
      '',
      `/map/ vs Argdown's map: first claim ${ms(map.firstClaim)} ms vs ${ms(argdown.firstClaim)} ms → ${sooner.toFixed(2)}× sooner ${sooner >= 2 ? '✓' : '✗'} (target ≥ 2×); ` +
        `bytes ${(map.bytes / 1024).toFixed(1)} KB vs ${(argdown.bytes / 1024).toFixed(1)} KB → ${share.toFixed(2)} of Argdown's ${share <= 1 / 3 ? '✓' : '✗'} (target ≤ 0.33); ` +
        `floor ${ms(floor.firstClaim)} ms (/map/ ${(map.firstClaim / floor.firstClaim).toFixed(2)}× floor, Argdown ${(argdown.firstClaim / floor.firstClaim).toFixed(2)}× floor).`,
    );
  }
  return lines.join('\n');
}

/**
 * The phone profile alone, over an existing build: `npm run build && node scripts/bench/phone.ts [dist]`
 * (BENCH_PHONE_RUNS=N, 5 by default). `npm run bench` runs the same in a fresh copy.
 */
if (import.meta.main) {
  const { launchBrowser } = await import('../lib/browser.ts');
  const { pageKinds } = await import('../lib/page-kinds.ts');
  const { loadavg } = await import('node:os');
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const runs = Number(process.env.BENCH_PHONE_RUNS ?? 5);
  const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
  const browser = await launchBrowser({ spareRenderer: true });
  try {
    console.log(`load average before: ${load()}`);
    const { results, close } = await phoneProfile(browser, dist, await pageKinds(resolve(dist, '..')), runs);
    await close();
    const table = (head: string[], rows: (string | number)[][]) => [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
    console.log(formatPhone(results, runs, table));
    console.log(`load average after: ${load()}`);
  } finally {
    await browser.close();
  }
}
