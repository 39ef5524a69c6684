import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { ContainerDirective } from 'mdast-util-directive';
const isContainer = (node: Nodes): node is ContainerDirective => node.type === 'containerDirective';
import { readTweet } from '../../../../src/compile/extract/read-tweet.ts';

describe('readTweet', () => {
  test('adds the attribution line to the blocks a reader sees', () => {
    const { ctx, node } = findNode(':::tweet{author="A  B" handle="@ab" date="1 May"}\nHello\n:::\n', isContainer);
    readTweet(ctx, node);
    assert.deepEqual(reported(ctx), []);
    assert.deepEqual(ctx.result.blocks.map((block) => block.text), ['A B', '@ab', '1 May']);
  });

  test('reports a tweet without an author, without words, or with a date that is not ISO', () => {
    const { ctx, node } = findNode(':::tweet{datetime=May}\n:::\n', isContainer);
    readTweet(ctx, node);
    assert.equal(reported(ctx).length, 3);
  });
});
