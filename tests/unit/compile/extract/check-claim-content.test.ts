import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { TextDirective } from 'mdast-util-directive';
const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';
import { checkClaimContent } from '../../../../src/compile/extract/check-claim-content.ts';

const contentOf = (markdown: string) => {
  const { ctx, node } = findNode(markdown, isClaim);
  return { content: checkClaimContent(ctx, node, 'a', ctx.at(node)), problems: reported(ctx), broken: ctx.result.broken };
};

describe('checkClaimContent', () => {
  test('returns the kind and the words, white space collapsed', () => {
    assert.deepEqual(contentOf('A :claim[two\n  words]{#a kind=reason}.').content, { kind: 'reason', text: 'two words' });
  });

  test('refuses a missing or unknown kind and marks the id broken', () => {
    for (const markdown of ['A :claim[w]{#a}.', 'A :claim[w]{#a kind=guess}.']) {
      const { content, problems, broken } = contentOf(markdown);
      assert.equal(content, undefined);
      assert.equal(problems.length, 1);
      assert.deepEqual(broken, ['a']);
    }
  });

  test('names the invisible characters a claim wraps', () => {
    assert.deepEqual(contentOf('A :claim[\u200b]{#a kind=reason}.').problems, [
      '1:3 claim "a" wraps no visible words, only invisible characters (U+200B): put the essay\'s words inside the brackets',
    ]);
  });
});
