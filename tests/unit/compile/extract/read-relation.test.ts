import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { LeafDirective } from 'mdast-util-directive';
import { readRelation } from '../../../../src/compile/extract/read-relation.ts';

const isLeaf = (node: Nodes): node is LeafDirective => node.type === 'leafDirective';

describe('readRelation', () => {
  test('reads a relation with its note and contestable flag', () => {
    const { ctx, node } = findNode('::rebuts[Because  it   does.]{from=a to=b contestable}\n', isLeaf);
    readRelation(ctx, node);
    assert.deepEqual(reported(ctx), []);
    assert.deepEqual(ctx.result.relations, [{ from: 'a', to: 'b', type: 'rebuts', note: 'Because it does.', contestable: true, place: { file: ctx.file, line: 1, column: 1 } }]);
  });

  test('refuses a relation without both ends or without a note', () => {
    for (const markdown of ['::supports[n]{from=a}\n', '::supports[]{from=a to=b}\n']) {
      const { ctx, node } = findNode(markdown, isLeaf);
      readRelation(ctx, node);
      assert.equal(ctx.result.relations.length, 0);
      assert.equal(reported(ctx).length, 1);
    }
  });

  test('reports an attribute a relation does not take, and a valued contestable', () => {
    const { ctx, node } = findNode('::supports[n]{from=a to=b kind=x contestable=no}\n', isLeaf);
    readRelation(ctx, node);
    assert.deepEqual(reported(ctx), [
      '1:1 ::supports takes only from=, to= and contestable, not "kind": remove it',
      '1:1 ::supports has contestable="no": write the bare word contestable, or leave it out',
    ]);
  });
});
