import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/built-site.ts';

// The graph as the built site publishes it (npm test builds, then tests).
const built = useBuiltSite();
const url = (path: string) => built.url(path);

describe('printing an essay', () => {
  test('prints the full text with numbered claims and the appendix, without navigation, search or notes', async () => {
    // A4 at 96 dpi, less the page margins.
    const context = await built.browser.newContext({ viewport: { width: 650, height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const essay of built.graph.essays) {
      for (const path of [essay.url, `${essay.url}handout/`]) {
        await page.goto(url(path));
        const report = await page.evaluate(() => {
          const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((element) => getComputedStyle(element).display !== 'none').length;
          const claims = [...document.querySelectorAll<HTMLElement>('.essay-body .claim')];
          return {
            chrome: shown('.site-header, .site-footer, .site-search, .claim-notes, .essay-actions, .handout-bar'),
            numbers: claims.map((claim) => getComputedStyle(claim, '::before').content),
            expected: claims.map((claim) => `"${claim.dataset.n}"`),
            appendix: shown('#claims-appendix .appendix-claim'),
            overflow: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        assert.equal(report.chrome, 0, `${path}: navigation or notes would print`);
        assert.deepEqual(report.numbers, report.expected, `${path}: margin numbers`);
        assert.equal(report.appendix, built.graph.claims.filter((claim) => claim.essay === essay.id).length, `${path}: appendix`);
        assert.ok(report.overflow <= 0, `${path}: ${report.overflow}px clipped at the right`);
      }
    }
    await context.close();
  });

  test('printing Greene’s essay page on A4 takes at most 6 pages, with no header, search, controls or folded details', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const essay = built.graph.essays.find((item) => item.id === 'why-putin-fights');
    assert.ok(essay, 'Greene’s essay is in the graph');
    await page.goto(url(essay.url));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.site-header, .site-search, .essay-actions, .essay-more, .marks-key, .claim-ref, button, summary')].filter((element) => element.checkVisibility()).length,
    );
    assert.equal(shown, 0, 'controls would print');
    const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
    // Each page of Chromium's PDF is one `/Type /Page` object (the page tree is `/Type /Pages`).
    const pages = (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 6, `${pages} A4 pages`);
    await context.close();
  });

  test('each essay links to its handout, whose print button appears with JavaScript', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const essay of built.graph.essays) {
      await page.goto(url(essay.url));
      await page.getByRole('link', { name: 'Print handout' }).click();
      await page.waitForURL(url(`${essay.url}handout/`));
      assert.ok(await page.getByRole('button', { name: 'Print handout' }).isVisible(), essay.id);
    }
    await context.close();
  });
});
