import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeBlock } from '../../../../src/compile/extract/attribute-block.ts';
import { findNode } from '../../../helpers/extract-steps.ts';
import type { Nodes } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';

const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';

describe('attributeBlock', () => {
  test('reads every attribute as written, repeats included, past brackets in the label', () => {
    const markdown = 'A :claim[words [x] here]{#a kind=reason #b}.';
    const block = attributeBlock(markdown, findNode(markdown, isClaim).node);
    assert.ok(block?.ok);
    assert.deepEqual(block.attributes.map((attribute) => attribute.name), ['id', 'kind', 'id']);
  });

  test('is undefined for a directive without braces', () => {
    const markdown = 'A :claim[words].';
    assert.equal(attributeBlock(markdown, findNode(markdown, isClaim).node), undefined);
  });
});
