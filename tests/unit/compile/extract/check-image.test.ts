import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { Image } from 'mdast';
import { checkImage } from '../../../../src/compile/extract/check-image.ts';

const isImage = (node: Nodes): node is Image => node.type === 'image';
const imageProblem = (markdown: string): string => {
  const { ctx, node } = findNode(markdown, isImage);
  checkImage(ctx, node);
  return reported(ctx).join('\n');
};

describe('checkImage', () => {
  test('says why each kind of image cannot be shown', () => {
    assert.match(imageProblem('![x](https://example.com/a.png)'), /is on another site/);
    assert.match(imageProblem('![x](a.png)'), /is a relative path/);
    assert.match(imageProblem('![x](/a.png)'), /the essay pages show no images; remove it/);
  });
});
