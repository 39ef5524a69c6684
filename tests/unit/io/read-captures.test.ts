import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCaptures } from '../../../src/io/read-captures.ts';

describe('parseCaptures', () => {
  test('places a schema problem at its own key, even when the same text stands earlier in the file', () => {
    const text = '{\n  "captures": [\n    { "file": "a.txt", "essay": "a", "lines": [{ "text": "x", "as": "chrome", "why": "\\"as\\": \\"title\\"" }] },\n    { "file": "b.txt", "essay": "b", "lines": [\n      { "text": "y", "as": "title" }\n    ] }\n  ]\n}\n';
    const read = parseCaptures(text);
    assert.equal(read.ok, false);
    assert.deepEqual(!read.ok && read.problems.map(({ line, column }) => [line, column]), [[5, 22]]);
  });

  test('places invalid JSON at the character the parser stopped on', () => {
    const read = parseCaptures('{\n  "captures": [,]\n}\n');
    assert.equal(read.ok, false);
    assert.deepEqual(!read.ok && [read.problems[0]!.line, read.problems[0]!.column], [2, 16]);
  });
});
