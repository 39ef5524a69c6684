/**
 * Where a page's first paint goes on the phone profile: loads each page kind once, throttled as
 * scripts/bench/phone.ts does (150 ms round trips, 1.6 Mbps, CPU 4× slower, 390×844, gzip), with a
 * Chromium performance trace, and adds up the main thread's work by kind (parsing HTML, style,
 * layout, paint, script) from navigation to first contentful paint, beside the network wait.
 *
 *   npm run build && node scripts/bench/trace-phone.ts [dist]     (writes each trace to .cache/traces/)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { pageKinds } from '../lib/page-kinds.ts';
import { serveSite } from '../lib/serve.ts';
import { PHONE } from './phone.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Trace event names, grouped as the Performance panel groups them. */
const GROUPS: Record<string, string> = {
  ParseHTML: 'parse HTML', ParseAuthorStyleSheet: 'parse CSS', UpdateLayoutTree: 'style', RecalculateStyles: 'style',
  Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', 'Commit': 'paint', EvaluateScript: 'script',
  'v8.compile': 'script', FunctionCall: 'script', 'v8.compileModule': 'script', EventDispatch: 'script', TimerFire: 'script',
};

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { frame?: string } } }

/** One page kind's first paint, split: main-thread ms per group before it, and the rest (waiting, mostly network). */
export interface PaintBreakdown { kind: string; firstPaint: number; htmlKB: number; groups: Record<string, number> }

/** Loads `url` on the phone profile with tracing on; returns the breakdown up to first contentful paint. */
export async function tracePage(browser: Browser, kind: string, url: string, out: string): Promise<PaintBreakdown> {
  const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latencyMs, downloadThroughput: (PHONE.downloadKbps * 1000) / 8, uploadThroughput: (PHONE.uploadKbps * 1000) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  let htmlBytes = 0;
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') void response.body().then((body) => (htmlBytes = body.length), () => undefined);
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'v8'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const trace = await browser.stopTracing();
  await writeFile(out, trace);
  await context.close();
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.find((event) => event.name === 'navigationStart')?.ts ?? events.find((event) => event.name === 'ParseHTML')?.ts ?? 0;
  const fcp = events.find((event) => event.name === 'firstContentfulPaint')?.ts ?? Infinity;
  const main = events.find((event) => event.name === 'ParseHTML')?.tid;
  const groups: Record<string, number> = {};
  for (const event of events) {
    const group = GROUPS[event.name];
    if (!group || event.ph !== 'X' || event.tid !== main || event.ts < start || event.ts > fcp) continue;
    groups[group] = (groups[group] ?? 0) + (Math.min(event.ts + (event.dur ?? 0), fcp) - event.ts) / 1000;
  }
  return { kind, firstPaint: (fcp - start) / 1000, htmlKB: htmlBytes / 1024, groups };
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const site = await serveSite(dist, '/', { gzip: true });
  const browser = await launchBrowser({ spareRenderer: true });
  const dir = join(ROOT, '.cache/traces');
  await mkdir(dir, { recursive: true });
  try {
    const seen = new Set<string>();
    const rows: PaintBreakdown[] = [];
    for (const kind of await pageKinds(resolve(dist, '..'))) {
      const key = kind.name.split(' ')[0]!;
      if (seen.has(key)) continue;
      seen.add(key);
      await tracePage(browser, key, new URL(kind.path.slice(1), site.url).href, join(dir, `${key}.json`)); // warm-up
      rows.push(await tracePage(browser, key, new URL(kind.path.slice(1), site.url).href, join(dir, `${key}.json`)));
    }
    const names = ['parse HTML', 'parse CSS', 'style', 'layout', 'paint', 'script'];
    console.log(`| page | HTML KB raw | first paint ms | ${names.join(' ms | ')} ms | other (network, idle) ms |`);
    console.log(`|---|---|---|${names.map(() => '---|').join('')}---|`);
    for (const row of rows) {
      const busy = names.reduce((sum, name) => sum + (row.groups[name] ?? 0), 0);
      console.log(`| ${row.kind} | ${row.htmlKB.toFixed(1)} | ${row.firstPaint.toFixed(0)} | ${names.map((name) => (row.groups[name] ?? 0).toFixed(0)).join(' | ')} | ${(row.firstPaint - busy).toFixed(0)} |`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
