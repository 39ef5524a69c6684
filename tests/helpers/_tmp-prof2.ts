import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { PHONE } from '../../scripts/bench/phone.ts';
const browser: Browser = await launchBrowser();
const site = await serveSite('/work/main/dist', '/', { gzip: true });
for (let run = 0; run < 2; run++) {
const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latencyMs, downloadThroughput: (PHONE.downloadKbps * 1000) / 8, uploadThroughput: (PHONE.uploadKbps * 1000) / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(site.url + (process.argv[2] ?? 'search/?q=regime+security'), { waitUntil: 'load' });
await page.waitForTimeout(1200);
const { profile } = await cdp.send('Profiler.stop') as any;
const metrics = (await cdp.send('Performance.getMetrics') as any).metrics;
const navStart = metrics.find((m: any) => m.name === 'NavigationStart').value * 1e6;
const marks = await page.evaluate(() => JSON.stringify({ quick: performance.getEntriesByName('search:quick')[0]?.startTime, dcl: (performance.getEntriesByType('navigation')[0] as any).domContentLoadedEventStart, res: (performance.getEntriesByType('resource') as any[]).slice(0, 3).map((r) => [r.name.slice(-20), Math.round(r.responseEnd)]) }));
console.log(marks);
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime; const buckets = new Map<number, Map<string, number>>();
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]; const ms = (t - navStart) / 1000; if (ms < 450 || ms > 1000) continue;
  let n: any = byId.get(profile.samples[i]); let k = `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()?.slice(0, 14)}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  // find the outermost function from our script
  let p = n.id; let ours = ''; while (p) { const q: any = byId.get(p); if (q.callFrame.url.includes('search.astro')) ours = `${q.callFrame.functionName}:${q.callFrame.columnNumber}`; p = parent.get(p)!; }
  const b = Math.floor(ms / 25) * 25; const m = buckets.get(b) ?? new Map(); buckets.set(b, m); const key = `${k}${ours ? ' <' + ours : ''}`; m.set(key, (m.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
}
for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) console.log(b, [...m].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
await context.close();
}
await browser.close(); await site.close();
