import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { pageKinds, type PageKind } from '../../scripts/lib/page-kinds.ts';
import { htmlcsErrors, installHtmlcs, HTMLCS_STANDARD } from '../helpers/htmlcs.ts';

/** axe-core rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280] as const;
type Variant = { scheme: (typeof SCHEMES)[number]; width: (typeof WIDTHS)[number] };

/**
 * Kinds whose phone and laptop layouts draw different things in colour (the map's picture and its
 * phone list, the essay's floating notes and its phone notes, the claim page's relation lists,
 * home's columns): each is checked in both schemes at both widths. axe's colour-contrast pass is
 * most of a gate's time, so every other kind is checked light at 1280 px and dark at 360 px: each
 * scheme and each width is still tried on it, at half the loads.
 */
const EVERY_VARIANT = new Set(['home', 'essay', 'claim', 'map (collapsed)']);

/** The scheme and width pairs `kind` is checked in. */
function variantsOf(kind: PageKind): Variant[] {
  const all = SCHEMES.flatMap((scheme) => WIDTHS.map((width) => ({ scheme, width })));
  return EVERY_VARIANT.has(kind.name) ? all : all.filter(({ scheme, width }) => (scheme === 'light') === (width === 1280));
}

// Given to each context as an init script: evaluated through the DevTools protocol, its 650 KB took
// 535–885 ms a page here, more than axe's run; as an init script, about 100 ms of the page's load.
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Top-level await: node:test needs the list to declare one test per page kind.
const kinds = await pageKinds();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Expands (or collapses) every branch of the map's tree with the keys of the WAI-ARIA tree view pattern, fetched branches included. */
async function setMapBranches(page: Page, expanded: boolean): Promise<void> {
  const tree = page.locator('[role="tree"]');
  assert.equal(await tree.count(), 1, 'the map has no (or more than one) role="tree"');
  const key = expanded ? 'ArrowRight' : 'ArrowLeft';
  const state = expanded ? 'false' : 'true';
  for (let round = 0; round < 5000; round += 1) {
    // Collapse the deepest branches first; expand from the top.
    const items = page.locator(`[role="treeitem"][aria-expanded="${state}"]:visible`);
    const count = await items.count();
    if (count === 0) return;
    // The element itself, not the locator: once it opens, the locator would match the next one.
    const item = (await (expanded ? items.first() : items.last()).elementHandle())!;
    await item.focus();
    await page.keyboard.press(key);
    // A branch that lives on its essay's page opens once it is fetched (aria-busy meanwhile).
    await item.evaluate((element, before) => new Promise<void>((done) => {
      const check = () => (element.getAttribute('aria-expanded') !== before || !element.isConnected ? done() : setTimeout(check, 20));
      check();
      setTimeout(done, 5000);
    }), state);
    const after = await page.locator(`[role="treeitem"][aria-expanded="${state}"]:visible`).count();
    assert.ok(after < count, `${key} on a treeitem with aria-expanded="${state}" did not change it`);
  }
}

/** Expands or collapses the whole map with its own "Expand all" / "Collapse all" button, fetched branches included, and waits until it has. */
async function setMapByButton(page: Page, expanded: boolean): Promise<void> {
  await page.waitForSelector('#map-viewport[data-ready="true"]');
  await page.click(`[data-expand="${expanded ? 'all' : 'none'}"]`);
  // "Collapse all" leaves the tree's first item (its root) open, as the keys would leave it reachable.
  await page.waitForFunction((open) => !document.querySelector('[aria-busy="true"]')
    && (open
      ? !document.querySelector('[role="treeitem"][aria-expanded="false"]')
      : document.querySelectorAll('[role="treeitem"][aria-expanded="true"]').length <= 1), expanded);
}

/**
 * Brings `page` into the state its kind is checked in. The map is opened or closed branch by branch
 * with the keys (`byKeys`) in one variant, and with its button in the others: the keys are slow, and
 * map.test.ts drives them too.
 */
async function prepare(page: Page, kind: PageKind, byKeys: boolean): Promise<void> {
  switch (kind.prepare) {
    case 'expand-map':
      return byKeys ? setMapBranches(page, true) : setMapByButton(page, true);
    case 'collapse-map':
      return byKeys ? setMapBranches(page, false) : setMapByButton(page, false);
    case 'await-results': {
      await page.waitForLoadState('networkidle');
      const results = page.locator('main a[href*="/claims/"], main a[href*="/essays/"]');
      await results.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      assert.ok((await results.count()) > 0, 'the search page shows no result linking to a claim or an essay');
      return;
    }
    default:
      return;
  }
}

/**
 * Draws what `content-visibility: auto` lets the browser skip while it is off-screen (the phone essay's
 * later paragraphs), as a reader's scrolling would: axe judges only what is drawn, and left the colour
 * contrast of 67 of the essay's 698 text nodes "incomplete" at 360 px, neither passed nor failed.
 * Set through the CSSOM, which the page's CSP allows.
 */
async function drawSkippedContent(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}

describe('browser gates', () => {
  let browser: Browser;
  let site: StaticSite;
  before(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite()]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('HTML_CodeSniffer can fail: a page with an unlabelled field and an image without alt has errors', async () => {
    const context = await browser.newContext();
    await installHtmlcs(context);
    const page = await context.newPage();
    try {
      await page.setContent('<!doctype html><html lang="en"><title>Control</title><img src="data:,"><form><input type="text"><button>Go</button></form></html>');
      const codes = (await htmlcsErrors(page)).map((error) => error.code);
      assert.ok(codes.some((code) => code.endsWith('.H37')), `no missing-alt error in ${codes.join(', ')}`);
      assert.ok(codes.some((code) => code.includes('InputText.Name')), `no unnamed-field error in ${codes.join(', ')}`);
    } finally {
      await context.close();
    }
  });

  test('every kind named to be checked in every variant is a page kind', () => {
    const names = new Set(kinds.map((kind) => kind.name));
    assert.deepEqual([...EVERY_VARIANT].filter((name) => !names.has(name)), []);
  });

  for (const kind of kinds) {
    describe(kind.name, () => {
      for (const { scheme, width } of variantsOf(kind)) {
        // HTML_CodeSniffer judges each kind once, as pa11y did (light, 1280 px), in the page axe has just checked.
        const sniff = scheme === 'light' && width === 1280;
        test(`${scheme}, ${width} px: no axe violation${sniff ? `, no HTML_CodeSniffer ${HTMLCS_STANDARD} error` : ''}, console error or foreign request; no sideways scroll`, async () => {
          // CSP stays on (no bypassCSP): a script the policy blocks shows up as a console error.
          const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 }, reducedMotion: 'reduce' });
          await context.addInitScript({ content: axeSource });
          if (sniff) await installHtmlcs(context);
          const page = await context.newPage();
          const consoleErrors: string[] = [];
          const foreign: string[] = [];
          page.on('console', (message) => {
            if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
          });
          page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
          context.on('request', (request) => {
            const url = new URL(request.url());
            if (url.origin !== site.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
          });
          try {
            const response = await page.goto(new URL(kind.path.slice(1), site.url).href, { waitUntil: 'load' });
            assert.equal(response?.status(), 200, `${kind.path} answered ${response?.status()}: the page is missing`);
            await prepare(page, kind, sniff);
            await drawSkippedContent(page);
            const violations = (await page.evaluate(
              (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe
                .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                .then((result) => result.violations),
              AXE_TAGS,
            )) as AxeViolation[];
            const report = violations.map(
              (violation) =>
                `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
                  .slice(0, 5)
                  .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
                  .join('\n')}`,
            );
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            const htmlcs = sniff ? (await htmlcsErrors(page)).map((error) => `${error.code} | ${error.element} | ${error.message}`) : [];
            assert.deepEqual(
              { violations: report, htmlcs, consoleErrors, foreignRequests: foreign, horizontalOverflowPx: Math.max(0, overflow) },
              { violations: [], htmlcs: [], consoleErrors: [], foreignRequests: [], horizontalOverflowPx: 0 },
            );
          } finally {
            await context.close();
          }
        });
      }
    });
  }
});
