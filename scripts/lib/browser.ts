import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian puts Chromium; `.ci/run` installs it. Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium features Playwright 1.65 turns off (its `chromiumSwitches.ts`), repeated here because
 * Chromium keeps only the last `--disable-features` it is given: ours must carry them as well.
 * `tests/site/scripts/browser.test.ts` fails when Playwright's list is no longer inside ours.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 opens the address bar's suggestion popup, a WebUI page in a renderer of its own, in
 * every new window; with Playwright every browser context is a window, and each such renderer took
 * about 1.5 s of CPU here, more than loading an essay. No test or benchmark uses the address bar.
 */
const NO_ADDRESS_BAR_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium starts a spare renderer process beside each page, for the next navigation to take. A test
 * opens a page, navigates it once or twice and closes its context, so the spare is started and thrown
 * away: about 0.2 s of CPU a context here, a third of what a context costs.
 */
const NO_SPARE_RENDERER = ['SpareRendererForSitePerProcess'];

/** How to launch. */
interface LaunchOptions {
  /**
   * Keep Chromium's spare renderer, as a reader's browser keeps one: the benchmark times navigations,
   * and should not time a process start a reader's browser would not make. Off for tests.
   */
  spareRenderer?: boolean;
}

/**
 * Launches headless Debian Chromium, for tests unless told `spareRenderer` (the benchmark). Throws (so
 * the test fails, never skips) when it is missing.
 */
export async function launchBrowser({ spareRenderer = false }: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (bash .ci/run does) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...NO_ADDRESS_BAR_POPUP, ...(spareRenderer ? [] : NO_SPARE_RENDERER)].join(',')}`,
    ],
  });
}
