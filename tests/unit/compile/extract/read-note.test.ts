import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { ContainerDirective } from 'mdast-util-directive';
const isContainer = (node: Nodes): node is ContainerDirective => node.type === 'containerDirective';
import { readNote } from '../../../../src/compile/extract/read-note.ts';

describe('readNote', () => {
  test('reports a note without a kind, an unknown kind, and an empty note', () => {
    const without = findNode(':::note\nBy X\n:::\n', isContainer);
    readNote(without.ctx, without.node);
    assert.match(reported(without.ctx)[0]!, /:::note has no kind/);
    const unknown = findNode(':::note{kind=aside}\n:::\n', isContainer);
    readNote(unknown.ctx, unknown.node);
    assert.equal(reported(unknown.ctx).length, 2);
    assert.match(reported(unknown.ctx)[0]!, /unknown note kind "aside"/);
    assert.match(reported(unknown.ctx)[1]!, /:::note is empty/);
  });

  test('accepts a note of a known kind with words', () => {
    const { ctx, node } = findNode(':::note{kind=byline}\nBy X\n:::\n', isContainer);
    readNote(ctx, node);
    assert.deepEqual(reported(ctx), []);
  });
});
