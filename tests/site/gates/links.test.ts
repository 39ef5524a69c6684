import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { check, LinkState } from 'linkinator';
import { serveSite, type StaticSite } from '../../../scripts/lib/serve.ts';

describe('linkinator', () => {
  let site: StaticSite;
  before(async () => {
    site = await serveSite();
  });
  after(() => site.close());

  test('finds no broken link or fragment on the served site', async () => {
    const result = await check({
      path: site.url,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      // Local origin only: the site must not link anywhere that needs the network to check.
      linksToSkip: async (link) => !link.startsWith(site.origin),
    });
    const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? '?'} ${link.url.replace(site.origin, '')} (linked from ${(link.parent ?? '?').replace(site.origin, '')})`);
    assert.deepEqual(broken.sort(), []);
    assert.ok(checked.length > 1, `linkinator checked only ${checked.length} link(s)`);
  });
});
