import { after, before } from 'node:test';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Graph } from '../../src/schemas/graph.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST } from './dist.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { loadGraph } from '../../src/data-files/load-graph.ts';

/** The built site, served, with a browser and the graph it publishes; ready inside tests. */
export interface BuiltSite {
  /** `dist/graph.json`, validated. */
  readonly graph: Graph;
  /** The static server over `dist/`. */
  readonly site: StaticSite;
  /** One headless Chromium for the whole test file. */
  readonly browser: Browser;
  /** An absolute URL for a site-relative path ("/essays/x/#c"). */
  url(path: string): string;
}

/**
 * Registers `before`/`after` hooks that serve `dist/`, launch Chromium and read the published graph
 * once per test file, and close them afterwards (npm test builds, then tests).
 */
export function useBuiltSite(): BuiltSite {
  let graph: Graph | undefined;
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  before(async () => {
    graph = loadGraph(join(DIST, 'graph.json'));
    site = await serveSite(DIST);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useBuiltSite: ${name} is not ready; use it inside a test`);
    return value;
  };
  return {
    get graph() { return ready(graph, 'graph'); },
    get site() { return ready(site, 'site'); },
    get browser() { return ready(browser, 'browser'); },
    url: (path) => new URL(path.replace(/^\//, ''), ready(site, 'site').url).href,
  };
}
