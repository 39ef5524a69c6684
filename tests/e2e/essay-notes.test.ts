import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/built-site.ts';
import { sampleClaims } from '../helpers/sample-claims.ts';
import { clickClaim } from '../helpers/click-claim.ts';

// The graph as the built site publishes it (npm test builds, then tests).
const built = useBuiltSite();
const url = (path: string) => built.url(path);

describe('claim notes beside their claims', () => {
  for (const javaScript of [true, false]) {
    test(`at 1280×800, every claim’s note starts within 400 px of the claim (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const far: string[] = [];
      let checked = 0;
      for (const essay of built.graph.essays) {
        await page.goto(url(essay.url));
        if (javaScript) await page.waitForFunction(() => document.documentElement.classList.contains('js-notes'));
        const gaps = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.essay-body .claim[data-claim]')].map((claim) => {
            const note = document.getElementById(`note-${claim.dataset['claim']}`);
            return { id: claim.dataset['claim']!, gap: note ? Math.round(note.getBoundingClientRect().top - claim.getBoundingClientRect().top) : null };
          }),
        );
        assert.equal(gaps.length, built.graph.claims.filter((claim) => claim.essay === essay.id).length, essay.id);
        for (const { id, gap } of gaps) {
          checked++;
          if (gap === null || Math.abs(gap) > 400) far.push(`${id}: ${gap === null ? 'no note' : `${gap} px`}`);
        }
      }
      await context.close();
      assert.equal(checked, built.graph.claims.length);
      assert.deepEqual(far, []);
    });
  }

  for (const width of [1280, 390]) {
    test(`clicking a sampled claim’s words opens its note with focus in it, in view, the claim kept on screen (${width} px)`, async () => {
      const context = await built.browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 } });
      const page = await context.newPage();
      const failures: string[] = [];
      const sample = sampleClaims(built.graph).map(({ claim }) => claim);
      assert.ok(sample.length > 0, 'the sample has claims');
      for (const essay of built.graph.essays) {
        for (const claim of sample.filter((item) => item.essay === essay.id)) {
          // A fresh page for each sampled claim: the claim a reader clicks first, whatever precedes it.
          await page.goto(url(essay.url));
          await page.waitForFunction(() => document.documentElement.classList.contains('js-notes'));
          // The claim a reader clicks once they have read down to it, in the middle of the screen.
          await clickClaim(page, claim.id, 'center');
          const state = await page.evaluate((id) => {
            const note = document.getElementById(`note-${id}`) as HTMLDetailsElement;
            const rect = note.getBoundingClientRect();
            const claimTop = document.getElementById(id)!.getBoundingClientRect().top;
            const pad = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
            return {
              open: note.open,
              focusIn: note.contains(document.activeElement),
              // In view, or as near as it can come with the claim kept on screen (a paragraph longer than the screen on a phone).
              inView: (rect.top >= 0 && rect.top < window.innerHeight && rect.bottom > 0) || (rect.top >= window.innerHeight && Math.abs(claimTop - pad) <= 2),
              claimOnScreen: claimTop >= 0 && claimTop < window.innerHeight,
            };
          }, claim.id);
          if (!state.open || !state.focusIn || !state.inView || !state.claimOnScreen) failures.push(`${claim.id}: ${JSON.stringify(state)}`);
        }
      }
      await context.close();
      assert.deepEqual(failures, []);
    });
  }

  test('a claim’s number links to its note, and the note links back to the claim (without JavaScript)', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const claim = built.graph.claims.find((item) => item.kind === 'thesis')!;
    await page.goto(url(claim.anchor.split('#')[0]!));
    await page.locator(`[id="${claim.id}"] a.claim-ref`).click();
    assert.equal(new URL(page.url()).hash, `#note-${claim.id}`);
    const note = page.locator(`[id="note-${claim.id}"]`);
    // The targeted note shows what it holds even though no script opened it.
    assert.ok(await note.locator('.claim-note__back').isVisible());
    await note.locator('.claim-note__back').click();
    assert.equal(new URL(page.url()).hash, `#${claim.id}`);
    await context.close();
  });
});

describe('essay pages on a phone', () => {
  test('at 390×844 the first sentence of each essay’s body starts on the first screen', async () => {
    const context = await built.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const late: string[] = [];
    for (const essay of built.graph.essays) {
      await page.goto(url(essay.url));
      // The essay's own first paragraph: not a byline or publisher's note from the capture.
      const top = await page.evaluate(() => {
        const first = [...document.querySelectorAll<HTMLElement>('.essay-body p')].find((element) => !element.closest('.essay-note, .claim-notes') && element.textContent!.trim() !== '');
        return first ? first.getBoundingClientRect().top : Infinity;
      });
      if (!(top < 844 - 20)) late.push(`${essay.id}: ${top} px`);
    }
    await context.close();
    assert.deepEqual(late, []);
  });

  test('the header folds the facts into one line, with the rest a tap away', async () => {
    const context = await built.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const essay of built.graph.essays) {
      await page.goto(url(essay.url));
      const line = (await page.locator('.essay-line').textContent()) ?? '';
      assert.ok(line.includes(essay.author), essay.id);
      assert.match(line, /\d+ min read/);
      assert.equal(await page.locator('.essay-facts').isVisible(), false, `${essay.id}: facts folded`);
      await page.locator('.essay-more > summary').click();
      assert.ok(await page.locator('.essay-facts').isVisible(), `${essay.id}: facts unfold`);
    }
    await context.close();
  });
});
