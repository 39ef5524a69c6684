/**
 * No page kind makes a render-blocking request before its first paint: in Chromium, every resource the
 * page loads has `renderBlockingStatus` "non-blocking" (Resource Timing), so the first screen needs the
 * HTML alone. A control page with a linked stylesheet shows the check can fail.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import { pageKinds } from '../../scripts/lib/page-kinds.ts';
import { collapseSpace } from '../../src/words/collapse-space.ts';

const kinds = (await pageKinds()).filter((kind, index, all) => all.findIndex((other) => other.path === kind.path) === index);

/** The resources a loaded page fetched that held up its rendering, and whether it painted. */
async function blockingResources(page: Page): Promise<{ blocking: string[]; statuses: string[]; painted: boolean }> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
    return {
      blocking: entries.filter((entry) => entry.renderBlockingStatus !== 'non-blocking').map((entry) => `${entry.name} (${entry.renderBlockingStatus})`),
      statuses: entries.map((entry) => String(entry.renderBlockingStatus)),
      painted: performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
    };
  });
}

describe('first paint in one round trip', () => {
  const built = useBuiltSite();

  test('Chromium reports a linked stylesheet as render-blocking (the check can fail)', async () => {
    const page = await built.browser.newPage();
    await page.route('**/control/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>c</title><link rel="stylesheet" href="/control.css"><p>control</p>' }));
    await page.route('**/control.css', (route) => route.fulfill({ contentType: 'text/css', body: 'p { color: black }' }));
    await page.goto(new URL('control/', built.site.url).href, { waitUntil: 'load' });
    const result = await blockingResources(page);
    assert.equal(result.blocking.length, 1, JSON.stringify(result));
    await page.close();
  });

  for (const kind of kinds) {
    test(`${kind.name} (${kind.path}) loads nothing render-blocking and paints`, async () => {
      const page = await built.browser.newPage({ viewport: { width: 390, height: 844 } });
      const response = await page.goto(new URL(kind.path.slice(1), built.site.url).href, { waitUntil: 'load' });
      assert.equal(response?.status(), 200);
      // First paint can come a frame before first contentful paint: wait for the one asserted.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
      const result = await blockingResources(page);
      assert.deepEqual(result.blocking, [], `render-blocking: ${result.blocking.join(', ')}`);
      assert.ok(result.painted, 'first-contentful-paint');
      await page.close();
    });
  }

  test('an essay on a phone, whose off-screen paragraphs are skipped (content-visibility), still finds their words and scrolls to a #claim at the end', async () => {
    const graph = (await (await fetch(new URL('graph.json', built.site.url))).json()) as { claims: { id: string; essay: string; text: string; anchor: string }[] };
    const essay = kinds.find((kind) => kind.name === 'essay')!;
    const last = graph.claims.filter((claim) => essay.path.includes(`/${claim.essay}/`)).at(-1)!;
    const page = await built.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL(essay.path.slice(1), built.site.url).href, { waitUntil: 'load' });
    const skipped = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!.closest('.essay-body > *')!).contentVisibility, last.id);
    assert.equal(skipped, 'auto', 'the last claim’s paragraph is one the browser may skip');
    const words = collapseSpace(last.text).split(' ').slice(0, 6).join(' ');
    // The words may also be quoted in a note above; find on, as a reader pressing Enter would.
    const found = await page.evaluate(([text, id]) => {
      const find = (window as unknown as { find(text: string): boolean }).find.bind(window);
      for (let n = 0; n < 100 && find(text!); n += 1) {
        const claim = document.getSelection()?.anchorNode?.parentElement?.closest('.claim');
        if (claim?.id === id) return id;
      }
      return undefined;
    }, [words, last.id]);
    assert.equal(found, last.id, `find-in-page finds “${words}” in the last claim`);
    await page.goto(new URL(last.anchor.slice(1), built.site.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector(':target') !== null);
    const box = await page.evaluate((id) => { const rect = document.getElementById(id)!.getBoundingClientRect(); return { top: rect.top, bottom: rect.bottom, height: innerHeight }; }, last.id);
    assert.ok(box.top >= 0 && box.top < box.height / 2, `the claim is near the top of the screen: ${JSON.stringify(box)}`);
    await page.close();
  });
});
