/**
 * A build with no SITE on a host takes its origin from the host's variables (src/urls/host-address.ts).
 * The course copy (tests/helpers/shared-build.ts) is built as Netlify runs a build: only NETLIFY,
 * CONTEXT=production and URL set, with BASE. Every page's canonical link, og:url and og:image are on
 * that origin, and the build says in one line where the origin came from. The other hosts
 * (CF_PAGES_URL, VERCEL_PROJECT_PRODUCTION_URL, GitHub Pages) and "SITE wins" go through the same
 * siteAddress call, tested case by case in tests/unit/urls/host-address.test.ts.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distPages, type DistPage } from '../../helpers/dist.ts';
import { COURSE, sharedBuild, sharedBuildOutput } from '../../helpers/shared-build.ts';

describe('a build on Netlify without SITE', () => {
  let pages: DistPage[];
  let output = '';

  before(async () => {
    pages = await distPages(await sharedBuild(COURSE));
    output = await sharedBuildOutput(COURSE);
  });

  test('says in one line which address it used and where it came from', () => {
    const lines = output.split('\n').filter((line) => line.startsWith('build: address '));
    assert.deepEqual(lines, [`build: address ${COURSE.SITE}${COURSE.BASE} (origin from Netlify's URL (CONTEXT=production); SITE unset)`]);
  });

  test('puts that origin and base in every page\'s canonical link, og:url and og:image', () => {
    const content = pages.filter(({ $ }) => $('link[rel="canonical"]').length > 0);
    assert.ok(content.length >= pages.length / 2, `only ${content.length} of ${pages.length} pages have a canonical link`);
    const wrong: string[] = [];
    for (const { file, $ } of content) {
      const urls = [
        $('link[rel="canonical"]').attr('href'),
        $('meta[property="og:url"]').attr('content'),
        ...$('meta[property="og:image"]').map((_, meta) => $(meta).attr('content')).get(),
      ];
      if ($('meta[property="og:image"]').length === 0) wrong.push(`${file}: no og:image`);
      for (const url of urls) if (!url?.startsWith(`${COURSE.SITE}${COURSE.BASE}`)) wrong.push(`${file}: ${url}`);
    }
    assert.deepEqual(wrong, []);
  });
});
