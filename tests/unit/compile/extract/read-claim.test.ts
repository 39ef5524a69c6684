import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { TextDirective } from 'mdast-util-directive';
const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';
import { readClaim } from '../../../../src/compile/extract/read-claim.ts';

describe('readClaim', () => {
  test('reads a claim with its title, context and the relations its attributes declare', () => {
    const { ctx, node, scope } = findNode('Before :claim[the  words]{#a kind=reason title="Short" supports="b c"} after.', isClaim);
    readClaim(ctx, node, scope);
    const place = { file: ctx.file, line: 1, column: 8 };
    assert.deepEqual(reported(ctx), []);
    assert.deepEqual(ctx.result.claims, [{ id: 'a', essay: 'delta', text: 'the words', kind: 'reason', context: 'Before the words after.', place, title: 'Short' }]);
    assert.deepEqual(ctx.result.relations, [{ from: 'a', to: 'b', type: 'supports', place }, { from: 'a', to: 'c', type: 'supports', place }]);
  });

  test('refuses a claim inside a claim and marks the inner id broken', () => {
    const { ctx, node, scope } = findNode('A :claim[outer :claim[inner]{#b kind=reason}]{#a kind=reason}.', (n: Nodes): n is TextDirective => n.type === 'textDirective' && n.attributes?.id === 'b');
    readClaim(ctx, node, scope);
    assert.match(reported(ctx)[0]!, /a claim inside a claim \("a"\)/);
    assert.deepEqual(ctx.result.broken, ['b']);
  });

  test('reports an empty relation attribute', () => {
    const { ctx, node, scope } = findNode('A :claim[w]{#a kind=reason rebuts=""}.', isClaim);
    readClaim(ctx, node, scope);
    assert.match(reported(ctx)[0]!, /has an empty rebuts=""/);
  });
});
