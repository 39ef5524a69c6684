import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hostAddress } from '../../../src/urls/host-address.ts';
import { addressLine, siteAddress, SiteAddressError } from '../../../src/urls/site-address.ts';

/** Each host's variables as it sets them on a build (only the ones that bear on the address). */
const NETLIFY = { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://counterpoint.netlify.app', DEPLOY_PRIME_URL: 'https://main--counterpoint.netlify.app' };
const NETLIFY_PREVIEW = { ...NETLIFY, CONTEXT: 'deploy-preview', DEPLOY_PRIME_URL: 'https://deploy-preview-7--counterpoint.netlify.app' };
const CLOUDFLARE = { CF_PAGES: '1', CF_PAGES_URL: 'https://5b1ec6b3.counterpoint.pages.dev', CF_PAGES_BRANCH: 'main' };
const VERCEL = { VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'counterpoint.vercel.app', VERCEL_URL: 'counterpoint-abc123.vercel.app' };
const GITHUB = { GITHUB_ACTIONS: 'true', GITHUB_PAGES: 'true', GITHUB_REPOSITORY: 'Some-Teacher/argmap' };

describe('hostAddress', () => {
  test('takes Netlify production from URL', () => {
    assert.equal(hostAddress(NETLIFY)?.origin, 'https://counterpoint.netlify.app');
    assert.equal(hostAddress({ URL: 'https://counterpoint.netlify.app', CONTEXT: 'production' })?.origin, 'https://counterpoint.netlify.app');
  });

  test('takes a Netlify preview or branch deploy from DEPLOY_PRIME_URL', () => {
    assert.equal(hostAddress(NETLIFY_PREVIEW)?.origin, 'https://deploy-preview-7--counterpoint.netlify.app');
    assert.equal(hostAddress({ ...NETLIFY, CONTEXT: 'branch-deploy' })?.variable, 'DEPLOY_PRIME_URL');
  });

  test('does not read a URL variable that no Netlify build set', () => {
    assert.equal(hostAddress({ URL: 'https://example.org' }), undefined);
  });

  test('takes Cloudflare Pages from CF_PAGES_URL', () => {
    assert.equal(hostAddress(CLOUDFLARE)?.origin, 'https://5b1ec6b3.counterpoint.pages.dev');
  });

  test('prefixes https:// to Vercel\'s bare host name', () => {
    assert.equal(hostAddress(VERCEL)?.origin, 'https://counterpoint.vercel.app');
  });

  test('derives a GitHub Pages project site, owner lower-cased, from GITHUB_REPOSITORY', () => {
    assert.deepEqual(hostAddress(GITHUB), {
      variable: 'GITHUB_REPOSITORY', value: 'Some-Teacher/argmap', origin: 'https://some-teacher.github.io', base: '/argmap/', host: 'GitHub Pages (GITHUB_REPOSITORY=Some-Teacher/argmap)',
    });
  });

  test('puts a GitHub Pages user site (owner.github.io) at the root', () => {
    assert.equal(hostAddress({ ...GITHUB, GITHUB_REPOSITORY: 'Some-Teacher/some-teacher.github.io' })?.base, '/');
  });

  test('treats an ordinary GitHub Actions run (no GITHUB_PAGES=true) as no host address', () => {
    assert.equal(hostAddress({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Some-Teacher/argmap' }), undefined);
  });

  test('gives undefined on a machine that is none of the hosts, and for empty values', () => {
    assert.equal(hostAddress({}), undefined);
    assert.equal(hostAddress({ CF_PAGES_URL: '', VERCEL_PROJECT_PRODUCTION_URL: ' ' }), undefined);
  });
});

describe('siteAddress with host variables', () => {
  for (const [name, env, site] of [
    ['Netlify', NETLIFY, 'https://counterpoint.netlify.app'],
    ['Cloudflare Pages', CLOUDFLARE, 'https://5b1ec6b3.counterpoint.pages.dev'],
    ['Vercel', VERCEL, 'https://counterpoint.vercel.app'],
  ] as const) {
    test(`takes the origin from ${name} when SITE is unset, and says so in one line`, () => {
      const address = siteAddress(env);
      assert.equal(address.site, site);
      assert.equal(address.base, '/');
      const line = addressLine(address);
      assert.ok(line.includes(`${site}/`) && line.includes(name.split(' ')[0]!), line);
      assert.doesNotMatch(line, /\n/);
    });

    test(`lets SITE win over ${name}`, () => {
      const address = siteAddress({ ...env, SITE: 'https://argmap.example.edu' });
      assert.equal(address.site, 'https://argmap.example.edu');
      assert.equal(address.source, 'SITE');
    });
  }

  test('takes GitHub Pages\' base unless BASE is set', () => {
    assert.deepEqual(siteAddress(GITHUB), { site: 'https://some-teacher.github.io', base: '/argmap/', source: 'GitHub Pages (GITHUB_REPOSITORY=Some-Teacher/argmap)' });
    assert.equal(siteAddress({ ...GITHUB, BASE: '/' }).base, '/');
    assert.equal(siteAddress({ ...GITHUB, BASE: '/other/' }).base, '/other/');
    assert.equal(siteAddress({ ...GITHUB, SITE: 'https://argmap.example.edu' }).base, '/');
  });

  test('prefers Netlify, then Cloudflare, then Vercel, then GitHub when several are set', () => {
    assert.equal(siteAddress({ ...GITHUB, ...VERCEL, ...CLOUDFLARE, ...NETLIFY }).site, 'https://counterpoint.netlify.app');
    assert.equal(siteAddress({ ...GITHUB, ...VERCEL, ...CLOUDFLARE }).site, 'https://5b1ec6b3.counterpoint.pages.dev');
    assert.equal(siteAddress({ ...GITHUB, ...VERCEL }).site, 'https://counterpoint.vercel.app');
  });

  test('rejects a host value that is not an origin, in one line naming the variable', () => {
    assert.throws(() => siteAddress({ CF_PAGES_URL: 'https://x.pages.dev/some/path' }), (error: unknown) => {
      assert.ok(error instanceof SiteAddressError);
      assert.match(error.message, /^CF_PAGES_URL="https:\/\/x\.pages\.dev\/some\/path" is not an origin alone.*set SITE/);
      return true;
    });
  });

  test('warns in one line when neither SITE nor a host gives an origin', () => {
    const line = addressLine(siteAddress({}));
    assert.match(line, /^warning: SITE is not set, /);
    assert.doesNotMatch(line, /\n/);
  });
});
