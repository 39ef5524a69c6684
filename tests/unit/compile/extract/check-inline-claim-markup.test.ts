import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { Text } from 'mdast';
import { checkInlineClaimMarkup } from '../../../../src/compile/extract/check-inline-claim-markup.ts';

const isText = (node: Nodes): node is Text => node.type === 'text';

describe('checkInlineClaimMarkup', () => {
  test('reports claim markup left as text, at its column in the source', () => {
    const line = 'Stray :claim[words here';
    const { ctx, scope } = findNode(line, isText);
    checkInlineClaimMarkup(ctx, line, line, 1, scope);
    assert.deepEqual(reported(ctx), ['1:7 claim markup ":claim[" is not read as a claim and would be shown as text: check the claim\'s brackets [ ] and braces { }']);
  });

  test('leaves markup the author escaped in the source', () => {
    const { ctx, scope } = findNode('x', isText);
    checkInlineClaimMarkup(ctx, ' :claim[ here', ' \\:claim\\[ here', 1, scope);
    assert.deepEqual(reported(ctx), []);
  });
});
