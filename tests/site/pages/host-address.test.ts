/**
 * A build with no SITE on a host takes its origin from the host's variables (src/urls/host-address.ts).
 * One real build, as Netlify runs it (only NETLIFY, CONTEXT=production and URL set), of the small
 * fixture content: every page's canonical link, og:url and og:image are on that origin, and the build
 * says in one line where the origin came from. The other hosts (CF_PAGES_URL,
 * VERCEL_PROJECT_PRODUCTION_URL, GitHub Pages) and "SITE wins" go through the same siteAddress call,
 * tested case by case in tests/unit/urls/host-address.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyProject, ROOT, type ProjectCopy } from '../../../scripts/lib/project-copy.ts';
import { distPages, type DistPage } from '../../helpers/dist.ts';

const ORIGIN = 'https://counterpoint-test.netlify.app';

describe('a build on Netlify without SITE', () => {
  let copy: ProjectCopy;
  let pages: DistPage[];
  let stdout = '';

  before(async () => {
    copy = await copyProject({ content: join(ROOT, 'tests/fixtures/good') });
    // SITE and BASE emptied, and the other hosts' variables too, whatever the test runner's shell has.
    const cleared = Object.fromEntries(['SITE', 'BASE', 'CF_PAGES_URL', 'VERCEL_PROJECT_PRODUCTION_URL', 'GITHUB_PAGES', 'DEPLOY_PRIME_URL'].map((name) => [name, '']));
    const result = copy.run('build', { ...cleared, CONTENT_DIR: 'content', NETLIFY: 'true', CONTEXT: 'production', URL: ORIGIN });
    assert.equal(result.status, 0, `build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    stdout = result.stdout;
    pages = await distPages(join(copy.dir, 'dist'));
  });

  after(() => copy?.dispose());

  test('says in one line which address it used and where it came from', () => {
    const lines = stdout.split('\n').filter((line) => line.startsWith('build: address '));
    assert.deepEqual(lines, [`build: address ${ORIGIN}/ (origin from Netlify's URL (CONTEXT=production); SITE unset)`]);
  });

  test('puts that origin in every page\'s canonical link, og:url and og:image', () => {
    const content = pages.filter(({ $ }) => $('link[rel="canonical"]').length > 0);
    assert.ok(content.length >= 5, `only ${content.length} pages have a canonical link`);
    const wrong: string[] = [];
    for (const { file, $ } of content) {
      const urls = [
        $('link[rel="canonical"]').attr('href'),
        $('meta[property="og:url"]').attr('content'),
        ...$('meta[property="og:image"]').map((_, meta) => $(meta).attr('content')).get(),
      ];
      if ($('meta[property="og:image"]').length === 0) wrong.push(`${file}: no og:image`);
      for (const url of urls) if (!url?.startsWith(`${ORIGIN}/`)) wrong.push(`${file}: ${url}`);
    }
    assert.deepEqual(wrong, []);
  });
});
