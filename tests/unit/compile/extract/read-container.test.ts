import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { ContainerDirective } from 'mdast-util-directive';
const isContainer = (node: Nodes): node is ContainerDirective => node.type === 'containerDirective';
import { readContainer } from '../../../../src/compile/extract/read-container.ts';

describe('readContainer', () => {
  test('reports an attribute the container does not take', () => {
    const { ctx, node, scope } = findNode(':::note{kind=byline colour=red}\nBy X\n:::\n', isContainer);
    readContainer(ctx, node, scope);
    assert.deepEqual(reported(ctx), ['1:1 :::note takes kind=, not "colour": remove it or check the spelling']);
  });

  test('reads each container by its name', () => {
    const { ctx, node, scope } = findNode(':::tweet{author=A}\nHello\n:::\n', isContainer);
    readContainer(ctx, node, scope);
    assert.deepEqual(ctx.result.blocks.map((block) => block.text), ['A']);
  });
});
