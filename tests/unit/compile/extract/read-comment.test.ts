import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { ContainerDirective } from 'mdast-util-directive';
const isContainer = (node: Nodes): node is ContainerDirective => node.type === 'containerDirective';
import { readComment } from '../../../../src/compile/extract/read-comment.ts';

const isComment = (node: Nodes): node is ContainerDirective => isContainer(node) && node.name === 'comment';

describe('readComment', () => {
  test('records which comment the block is, for the claims inside', () => {
    const { ctx, node, scope } = findNode('::::comments\n:::comment{capture=a.txt n=1}\nHi\n:::\n::::\n', isComment);
    readComment(ctx, node, scope);
    assert.deepEqual(reported(ctx), []);
    assert.deepEqual(ctx.commentOf.get(node), { capture: 'a.txt', n: 1 });
  });

  test('reports a comment out of order and one outside a comments block', () => {
    const { ctx, node, scope } = findNode(':::comment{capture=a.txt n=2}\nHi\n:::\n', isComment);
    readComment(ctx, node, scope);
    assert.deepEqual(reported(ctx), [
      '1:1 :::comment stands outside a comments block: wrap the reader comments in ::::comments … :::: after the essay',
      '1:1 comment 2 of "a.txt" comes where comment 1 should: number a capture\'s comments 1, 2, 3… in the order they appear in it',
    ]);
  });
});
