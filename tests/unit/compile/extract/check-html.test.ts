import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { Html } from 'mdast';
import { checkHtml } from '../../../../src/compile/extract/check-html.ts';

const isHtml = (node: Nodes): node is Html => node.type === 'html';

describe('checkHtml', () => {
  test('reports an HTML comment, which readers would see', () => {
    const { ctx, node } = findNode('Text.\n\n<!-- todo -->\n', isHtml);
    checkHtml(ctx, node);
    assert.match(reported(ctx)[0]!, /^3:1 an HTML comment would be shown to readers as text/);
  });

  test('leaves other raw HTML (it is escaped and shown as written)', () => {
    const { ctx, node } = findNode('A <b>bold</b> word.', isHtml);
    checkHtml(ctx, node);
    assert.deepEqual(reported(ctx), []);
  });
});
