import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { TextDirective } from 'mdast-util-directive';
const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';
import { checkClaimAttributeNames } from '../../../../src/compile/extract/check-claim-attribute-names.ts';

describe('checkClaimAttributeNames', () => {
  test('reports a class, an undercut and an unknown relation type, each with its fix', () => {
    const { ctx, node } = findNode('A :claim[w]{#a .big kind=reason undercuts=x backs=y}.', isClaim);
    checkClaimAttributeNames(ctx, node, ctx.at(node));
    const lines = reported(ctx);
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /claims take no classes/);
    assert.match(lines[1]!, /an undercut targets a relation, not a claim/);
    assert.match(lines[2]!, /unknown relation type "backs"/);
  });

  test('accepts the attributes a claim takes', () => {
    const { ctx, node } = findNode('A :claim[w]{#a kind=reported holder="X" title="T" supports=b rebuts=c}.', isClaim);
    checkClaimAttributeNames(ctx, node, ctx.at(node));
    assert.deepEqual(reported(ctx), []);
  });
});
