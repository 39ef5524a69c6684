import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pa11y from 'pa11y';
import { CHROMIUM_PATH } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { pageKinds, type PageKind } from '../../scripts/lib/page-kinds.ts';

// A second accessibility judge beside axe (gates.test.ts): HTML_CodeSniffer, through pa11y's `htmlcs`
// runner, WCAG 2 AA. Its rules differ from axe's (it flagged, for one, a form with no submit button).
const kinds = await pageKinds();

/** pa11y actions that bring a page kind into the state the gates check (see PageKind.prepare). */
function actions(kind: PageKind): string[] {
  switch (kind.prepare) {
    case 'expand-map':
      return ['wait for element #map-viewport[data-ready="true"] to be added', 'click element [data-expand="all"]'];
    case 'collapse-map':
      return ['wait for element #map-viewport[data-ready="true"] to be added', 'click element [data-expand="none"]'];
    case 'await-results':
      return ['wait for element main a[href*="/claims/"] to be added'];
    default:
      return [];
  }
}

describe('HTML_CodeSniffer (pa11y htmlcs, WCAG2AA)', () => {
  let site: StaticSite;
  before(async () => {
    site = await serveSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const kind of kinds) {
    test(`${kind.name}: 0 errors`, async () => {
      const result = await pa11y(`${site.url}${kind.path.replace(/^\//, '')}`, {
        runners: ['htmlcs'],
        standard: 'WCAG2AA',
        includeWarnings: false,
        includeNotices: false,
        timeout: 60_000,
        actions: actions(kind),
        chromeLaunchConfig: {
          executablePath: CHROMIUM_PATH,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      });
      const errors = result.issues.filter((issue) => issue.type === 'error');
      assert.deepEqual(errors.map((issue) => `${issue.code} | ${issue.selector} | ${issue.message}`), []);
    });
  }
});
