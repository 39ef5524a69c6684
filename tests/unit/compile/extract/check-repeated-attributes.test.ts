import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRepeatedAttributes } from '../../../../src/compile/extract/check-repeated-attributes.ts';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { Nodes } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';

const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';

describe('checkRepeatedAttributes', () => {
  test('reports a relation attribute written twice, at the second, and says how to join them', () => {
    const { ctx, node } = findNode('A :claim[w]{#a kind=reason supports=b supports=c}.', isClaim);
    checkRepeatedAttributes(ctx, node);
    assert.deepEqual(reported(ctx), ['1:39 :claim repeats "supports" (supports=b, then supports=c): an attribute is read once and the parser keeps only the last; list every target in one supports="a b"']);
  });

  test('says nothing when each attribute is written once', () => {
    const { ctx, node } = findNode('A :claim[w]{#a kind=reason supports=b}.', isClaim);
    checkRepeatedAttributes(ctx, node);
    assert.deepEqual(reported(ctx), []);
  });
});
