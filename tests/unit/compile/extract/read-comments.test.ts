import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { ContainerDirective } from 'mdast-util-directive';
const isContainer = (node: Nodes): node is ContainerDirective => node.type === 'containerDirective';
import { readComments } from '../../../../src/compile/extract/read-comments.ts';

describe('readComments', () => {
  test('reports anything but a :::comment inside the block', () => {
    const { ctx, node, scope } = findNode('::::comments\nStray words.\n::::\n', isContainer);
    readComments(ctx, node, scope);
    assert.deepEqual(reported(ctx), ['2:1 a ::::comments block holds only :::comment blocks: wrap this in :::comment{capture="…" n=…} or move it out']);
  });

  test('accepts comments only', () => {
    const { ctx, node, scope } = findNode('::::comments\n:::comment{capture=a.txt n=1}\nHi\n:::\n::::\n', isContainer);
    readComments(ctx, node, scope);
    assert.deepEqual(reported(ctx), []);
  });
});
