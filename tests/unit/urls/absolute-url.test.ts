import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl } from '../../../src/urls/absolute-url.ts';

describe('absoluteUrl', () => {
  test('puts a graph path on the public origin under the base', () => {
    const address = { site: 'https://example.org', base: '/course/argmap/' };
    assert.equal(absoluteUrl('/claims/x/', address), 'https://example.org/course/argmap/claims/x/');
    assert.equal(absoluteUrl('/essays/y/#c', address), 'https://example.org/course/argmap/essays/y/#c');
    assert.equal(absoluteUrl('/', address), 'https://example.org/course/argmap/');
    assert.equal(absoluteUrl('/og/site.png', { site: 'https://example.org', base: '/' }), 'https://example.org/og/site.png');
  });

  test('gives undefined when the build has no SITE', () => {
    assert.equal(absoluteUrl('/claims/x/', { site: undefined, base: '/course/argmap/' }), undefined);
  });
});
