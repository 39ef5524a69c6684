import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { where } from '../../../../src/compile/build-graph/where.ts';

describe('where', () => {
  test('quotes a place as file:line:column', () => {
    assert.equal(where({ file: 'content/essays/a.md', line: 3, column: 7 }), 'content/essays/a.md:3:7');
  });
});
