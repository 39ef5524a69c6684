import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSteps } from '../../../scripts/build-steps.ts';

describe('buildSteps', () => {
  test('keeps build:* scripts in declared order and nothing else', () => {
    const scripts = { 'build:graph': 'a', test: 'b', build: 'c', 'build:site': 'd', prebuild: 'e', 'build:search': 'f' };
    assert.deepEqual(buildSteps(scripts), ['build:graph', 'build:site', 'build:search']);
  });

  test('ignores names that are not plain step names', () => {
    assert.deepEqual(buildSteps({ 'build:site:watch': 'x', 'build:Site': 'y', 'build:': 'z' }), []);
  });
});
