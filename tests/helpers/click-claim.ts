import type { Page } from 'playwright-core';

/** How a `clickClaim` call brings the claim on screen first. */
export type ClaimScroll = 'if-needed' | 'center';

/**
 * Clicks a claim's first words (its first client rect, a few pixels in), as a reader would, after
 * bringing them on screen: `'if-needed'` scrolls them to the middle of the screen only when they are off it (or under
 * the sticky header), `'center'` always does.
 *
 * On phones the essay's later blocks are drawn lazily (`content-visibility: auto`): once scrolled to,
 * the blocks around the claim take their real height a few frames later and the claim moves. A reader
 * taps what has stopped moving; so does this, and it throws when the point it would click
 * is not on the claim (a test failure with a reason, never a click on something else).
 */
export async function clickClaim(page: Page, id: string, scroll: ClaimScroll = 'if-needed'): Promise<void> {
  const point = await page.locator(`.essay-body [id="${id}"]`).evaluate(async (element, how) => {
    const rect = () => element.getClientRects()[0]!;
    const visible = () => {
      const { top, bottom } = rect();
      const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      return top >= header && bottom <= window.innerHeight;
    };
    if (how === 'center' || !visible()) element.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Chromium draws the blocks that came into view a few frames after the scroll (three, measured), then
    // they move the claim: wait until it has kept still for ten frames in a row (at most three seconds).
    let last = '';
    let still = 0;
    for (let frame = 0; frame < 180 && still < 10; frame++) {
      await new Promise((done) => requestAnimationFrame(done));
      const { left, top } = rect();
      const at = `${left},${top},${window.scrollY}`;
      still = at === last ? still + 1 : 0;
      last = at;
    }
    const { left, top, width, height } = rect();
    const x = left + Math.min(8, width / 2);
    const y = top + height / 2;
    const hit = document.elementFromPoint(x, y);
    return { x, y, onClaim: hit !== null && element.contains(hit), hit: hit?.outerHTML.slice(0, 80) ?? 'nothing' };
  }, scroll);
  if (!point.onClaim) throw new Error(`clickClaim: the first words of ${id} are under ${point.hit} at (${Math.round(point.x)}, ${Math.round(point.y)})`);
  await page.mouse.click(point.x, point.y);
}
