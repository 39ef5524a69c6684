import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAddress, SiteAddressError } from '../../../src/urls/site-address.ts';

/** The one-line message `siteAddress` throws for an environment. */
function failure(env: Record<string, string>): string {
  try {
    siteAddress(env);
  } catch (error) {
    assert.ok(error instanceof SiteAddressError, `not a SiteAddressError: ${String(error)}`);
    return error.message;
  }
  assert.fail(`accepted ${JSON.stringify(env)}`);
}

describe('siteAddress', () => {
  test('reads an origin and a base, adding the trailing slash', () => {
    assert.deepEqual(siteAddress({ SITE: 'https://example.org', BASE: '/course/argmap/' }), { site: 'https://example.org', base: '/course/argmap/', source: 'SITE' });
    assert.deepEqual(siteAddress({ SITE: 'https://example.org/', BASE: '/course/argmap' }), { site: 'https://example.org', base: '/course/argmap/', source: 'SITE' });
    assert.deepEqual(siteAddress({ SITE: 'http://127.0.0.1:8080' }), { site: 'http://127.0.0.1:8080', base: '/', source: 'SITE' });
  });

  test('gives no site and the root base when neither is set', () => {
    assert.deepEqual(siteAddress({}), { site: undefined, base: '/', source: 'none' });
    assert.deepEqual(siteAddress({ SITE: '', BASE: '' }), { site: undefined, base: '/', source: 'none' });
  });

  for (const value of ['not a url', 'javascript:alert(1)//', 'ftp://example.org', 'https://user:pw@example.org', 'https://example.org/course/', 'https://example.org/?q=1', 'https://example.org/#x', 'data:text/html,hi']) {
    test(`rejects SITE=${JSON.stringify(value)} in one line naming SITE, the value and a good example`, () => {
      const message = failure({ SITE: value });
      assert.ok(message.startsWith(`SITE=${JSON.stringify(value)} `), message);
      assert.match(message, /e\.g\. SITE=https:\/\/\S+/);
      assert.doesNotMatch(message, /\n/);
    });
  }

  for (const value of ['course', 'course/argmap/', 'https://evil.example/', '//evil.example/', '/course/../etc/', '/course/..', '/a..b/', '/./', '/course//argmap/', '/course argmap/', '/course/<script>/', '/c?x=1', '/c#x', 'javascript:alert(1)']) {
    test(`rejects BASE=${JSON.stringify(value)} in one line naming BASE, the value and a good example`, () => {
      const message = failure({ BASE: value });
      assert.ok(message.startsWith(`BASE=${JSON.stringify(value)} `), message);
      assert.match(message, /e\.g\. BASE=\/course\/argmap\//);
      assert.doesNotMatch(message, /\n/);
    });
  }
});
