import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { Text } from 'mdast';
import { checkLeftoverSyntax } from '../../../../src/compile/extract/check-leftover-syntax.ts';

const leftover = (markdown: string, words: string): string[] => {
  const { ctx, node, scope } = findNode(markdown, (n: Nodes): n is Text => n.type === 'text' && n.value.includes(words));
  checkLeftoverSyntax(ctx, node, scope);
  return reported(ctx);
};

describe('checkLeftoverSyntax', () => {
  test('reports a fence that closes no block', () => {
    assert.deepEqual(leftover('Text\n:::\n', 'Text'), ['2:1 this ":::" closes no block and would be shown as text: remove it, or fix the line that should open the block']);
  });

  test('reports a space after the colons of a block', () => {
    assert.match(leftover('::: note\nWords\n', 'note')[0]!, /^1:1 "::: note" has a space after the colons/);
  });

  test('reports a directive whose braces do not close', () => {
    assert.match(leftover(':::note{kind=byline\nWords\n', 'note')[0]!, /until then the whole block is shown as text$/);
  });

  test('leaves plain text alone', () => {
    assert.deepEqual(leftover('Plain: words.\n', 'Plain'), []);
  });
});
