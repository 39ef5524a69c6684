import type { Locator } from 'playwright-core';

/**
 * Waits until a live region says something matching `pattern`, and returns what it says.
 *
 * The site's live regions are emptied and then written in the next animation frame (a fresh text
 * node is what makes a screen reader announce a repeat), so reading one straight after the click
 * that fills it races that frame. This waits for the words instead (at most five seconds) and fails
 * with what the region said, never with an empty string from a frame too early.
 */
export async function announced(region: Locator, pattern: RegExp, timeout = 5000): Promise<string> {
  try {
    await region.filter({ hasText: pattern }).waitFor({ timeout });
  } catch (error) {
    const said = await region.textContent().catch(() => null);
    throw new Error(`the live region never said ${pattern} (it says ${JSON.stringify(said)})`, { cause: error });
  }
  return (await region.textContent()) ?? '';
}
