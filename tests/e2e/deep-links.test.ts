import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { announced } from '../helpers/announced.ts';
import { useBuiltSite } from '../helpers/built-site.ts';
import { sampleClaims } from '../helpers/sample-claims.ts';
import escapeStringRegexp from 'escape-string-regexp';
import { collapseSpace } from '../../src/words/collapse-space.ts';

// The graph as the built site publishes it (npm test builds, then tests).
const built = useBuiltSite();
const url = (path: string) => built.url(path);

describe('deep links to claims', () => {
  const variants = [
    { width: 1280, javaScript: false },
    { width: 360, javaScript: false },
    { width: 1280, javaScript: true },
  ];
  for (const { width, javaScript } of variants) {
    test(`/essays/<essay>/#<claim> shows each sampled claim (every kind, essay, first and last …) in view, as :target, highlighted (${width} px, ${javaScript ? 'with' : 'no'} JavaScript)`, async () => {
      const context = await built.browser.newContext({ viewport: { width, height: 720 }, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const failures: string[] = [];
      const sample = sampleClaims(built.graph);
      assert.ok(sample.length > 0, 'the sample has claims');
      for (const { claim } of sample) {
        const other = built.graph.claims.find((item) => item.essay === claim.essay && item.id !== claim.id);
        assert.ok(other, `essay ${claim.essay} needs a second claim to compare with`);
        // A fresh load each time, as when a shared link is opened (not a jump within the page).
        await page.goto('about:blank');
        await page.goto(url(claim.anchor));
        if (javaScript) await page.waitForFunction(() => document.documentElement.classList.contains('js-notes'));
        const result = await page.evaluate(([id, otherId]) => {
          const element = document.getElementById(id!)!;
          const box = element.getBoundingClientRect();
          const header = document.querySelector('.site-header');
          const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
          const look = (node: Element) => {
            const style = getComputedStyle(node);
            return { background: style.backgroundColor, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
          };
          return {
            target: element.matches(':target'),
            inView: box.top >= headerBottom - 1 && box.top < window.innerHeight && box.bottom > headerBottom,
            top: box.top,
            headerBottom,
            self: look(element),
            other: look(document.getElementById(otherId!)!),
          };
        }, [claim.id, other.id]);
        const differs = result.self.background !== result.other.background || result.self.outline !== result.other.outline;
        if (!result.target || !result.inView || !differs) failures.push(`${claim.anchor}: ${JSON.stringify(result)}`);
      }
      await context.close();
      assert.deepEqual(failures, []);
    });
  }
});

describe('pages at 360 px', () => {
  test('every essay and handout page, the sampled claims\' pages, home and about are at most 360 px wide', async () => {
    const context = await built.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const paths = ['/', '/about/', ...built.graph.essays.flatMap((essay) => [essay.url, `${essay.url}handout/`]), ...sampleClaims(built.graph).map(({ claim }) => claim.url)];
    const tooWide: string[] = [];
    for (const path of paths) {
      const response = await page.goto(url(path));
      assert.equal(response?.status(), 200, path);
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (width > 360) tooWide.push(`${path}: ${width}px`);
    }
    await context.close();
    assert.deepEqual(tooWide, []);
  });
});

describe('cite this', () => {
  test('a style’s Copy button puts that citation on the clipboard as one line and says which style it copied', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.site.origin });
    const page = await context.newPage();
    await page.goto(url(built.graph.claims[0]!.url));
    await page.locator('details.cite-this > summary').click();
    const button = page.locator('button[data-copy-citation]').first();
    const style = (await button.getAttribute('data-style-label'))!;
    const citation = page.locator(`[id="${await button.getAttribute('data-copy-citation')}"]`);
    await button.click();
    await announced(page.locator('[data-cite-status]'), new RegExp(`^${escapeStringRegexp(style)} citation copied\\.$`));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, collapseSpace((await citation.textContent()) ?? ''));
    assert.ok(copied.length > 20 && !copied.includes('\n'), `copied ${JSON.stringify(copied)}`);
    await context.close();
  });
});

describe('link to this claim', () => {
  test('copies the claim’s full URL to the clipboard and announces it', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const essay = built.graph.essays[0]!;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.site.origin });
    const page = await context.newPage();
    await page.goto(url(essay.url));
    const claim = built.graph.claims.find((item) => item.essay === essay.id)!;
    const control = page.locator(`details[data-note-for="${claim.id}"] a[data-copy-link]`);
    assert.equal(await control.getAttribute('href'), `#${claim.id}`);
    // Notes are folded to one line: open this one, as a reader would.
    await page.locator(`details[data-note-for="${claim.id}"] > summary`).click();
    await control.click();
    const status = page.locator('[data-copy-status]');
    await announced(status, /Link copied/);
    assert.equal(await status.getAttribute('role'), 'status');
    assert.ok(await status.isVisible());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, url(claim.anchor));
    assert.match((await status.textContent()) ?? '', new RegExp(escapeStringRegexp(copied)));
    await context.close();
  });
});
