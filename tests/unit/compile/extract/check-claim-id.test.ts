import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { TextDirective } from 'mdast-util-directive';
const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';
import { checkClaimId } from '../../../../src/compile/extract/check-claim-id.ts';

const idOf = (markdown: string) => {
  const { ctx, node } = findNode(markdown, isClaim);
  return { id: checkClaimId(ctx, node, ctx.at(node)), problems: reported(ctx) };
};

describe('checkClaimId', () => {
  test('returns a kebab-case id', () => {
    assert.deepEqual(idOf('A :claim[w]{#good-id kind=reason}.'), { id: 'good-id', problems: [] });
  });

  test('refuses a missing, overlong or badly spelt id', () => {
    assert.deepEqual(idOf('A :claim[w]{kind=reason}.'), { id: undefined, problems: ['1:3 claim has no id: add {#some-id} after the brackets'] });
    assert.match(idOf(`A :claim[w]{#${'a'.repeat(201)} kind=reason}.`).problems[0]!, /characters long/);
    assert.match(idOf('A :claim[w]{#Bad_Id kind=reason}.').problems[0]!, /^1:3 claim id "Bad_Id"/);
  });
});
