/**
 * scripts/lib/browser.ts: the one Chromium every browser test and the benchmark drive. Chromium keeps
 * only the last `--disable-features` on its command line, so ours must repeat Playwright's own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { launchBrowser } from '../../../scripts/lib/browser.ts';

/** The command lines of this process's child Chromium browsers (their renderers and helpers left out). */
function ownChromiumCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 4 (the parent's pid) comes after the command name, which may hold spaces: read after its ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      // An exited child not yet reaped has an empty command line: not a browser.
      if (parent === process.pid && args.length > 0 && !args.some((arg) => arg.startsWith('--type='))) lines.push(args);
    } catch {
      // The process ended while the list was read: it is not ours to check.
    }
  }
  return lines;
}

/** The features named by every `--disable-features` on `args`, one list per occurrence, in order. */
function disabledFeatureLists(args: string[]): string[][] {
  return args.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));
}

describe('launchBrowser', () => {
  test('the --disable-features Chromium obeys (its last) still holds every feature Playwright turns off', async () => {
    const browser = await launchBrowser();
    try {
      const lines = ownChromiumCommandLines();
      assert.equal(lines.length, 1, `expected one Chromium launched by this test, found ${lines.length}`);
      const lists = disabledFeatureLists(lines[0]!);
      assert.ok(lists.length >= 1, 'Chromium was launched with no --disable-features at all');
      const obeyed = new Set(lists.at(-1));
      const dropped = lists.slice(0, -1).flat().filter((feature) => !obeyed.has(feature));
      assert.deepEqual(dropped, [], 'Playwright turns these off, and launchBrowser\'s --disable-features, the one Chromium keeps, no longer does: add them to PLAYWRIGHT_DISABLED_FEATURES');
    } finally {
      await browser.close();
    }
  });

  test('a new browser context opens only its page: no address-bar popup renderer beside it', async () => {
    const browser = await launchBrowser();
    try {
      const cdp = await browser.newBrowserCDPSession();
      const context = await browser.newContext();
      await (await context.newPage()).goto('about:blank');
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      assert.deepEqual(targetInfos.filter((target) => target.type !== 'page').map((target) => target.url), []);
    } finally {
      await browser.close();
    }
  });

  test('tests go without the spare renderer; the benchmark keeps it, as a reader\'s browser does', async () => {
    for (const spareRenderer of [false, true]) {
      const browser = await launchBrowser({ spareRenderer });
      try {
        const lines = ownChromiumCommandLines();
        assert.equal(lines.length, 1, `expected one Chromium launched by this test, found ${lines.length}`);
        const obeyed = disabledFeatureLists(lines[0]!).at(-1) ?? [];
        assert.equal(obeyed.includes('SpareRendererForSitePerProcess'), !spareRenderer, `spareRenderer: ${spareRenderer}`);
      } finally {
        await browser.close();
      }
    }
  });
});
