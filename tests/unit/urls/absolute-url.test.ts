import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';

describe('absoluteUrl', () => {
  test('puts a based path on the public origin', () => {
    assert.equal(absoluteUrl(new URL('https://example.org'), '/course/argmap/claims/x/'), 'https://example.org/course/argmap/claims/x/');
    assert.equal(absoluteUrl('https://example.org/', '/og/site.png'), 'https://example.org/og/site.png');
  });

  test('fails without a configured site', () => {
    assert.throws(() => absoluteUrl(undefined, '/x/'), /SITE=/);
  });
});
