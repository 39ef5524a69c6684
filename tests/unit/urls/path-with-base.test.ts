import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathWithBase } from '../../../src/urls/path-with-base.ts';

describe('pathWithBase', () => {
  test('prefixes a root-relative path with the base, once', () => {
    assert.equal(pathWithBase('/claims/x/', '/course/argmap/'), '/course/argmap/claims/x/');
    assert.equal(pathWithBase('claims/x/', '/course/argmap'), '/course/argmap/claims/x/');
    assert.equal(pathWithBase('/essays/y/#c', '/'), '/essays/y/#c');
  });

  test('gives the base itself for the root or an empty path', () => {
    assert.equal(pathWithBase('/', '/course/argmap/'), '/course/argmap/');
    assert.equal(pathWithBase('', '/course/argmap/'), '/course/argmap/');
    assert.equal(pathWithBase('', '/'), '/');
  });
});
