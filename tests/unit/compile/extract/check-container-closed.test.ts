import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { ContainerDirective } from 'mdast-util-directive';
const isContainer = (node: Nodes): node is ContainerDirective => node.type === 'containerDirective';
import { checkContainerClosed } from '../../../../src/compile/extract/check-container-closed.ts';

describe('checkContainerClosed', () => {
  test('reports a container never closed, saying how far it reaches', () => {
    const { ctx, node } = findNode(':::note{kind=byline}\nBy X\n\nThe essay.\n', isContainer);
    checkContainerClosed(ctx, node);
    assert.match(reported(ctx)[0]!, /^1:1 this ":::note" is never closed, so everything after it \(to line \d\) is inside it/);
  });

  test('accepts a closed container', () => {
    const { ctx, node } = findNode(':::note{kind=byline}\nBy X\n:::\n', isContainer);
    checkContainerClosed(ctx, node);
    assert.deepEqual(reported(ctx), []);
  });
});
