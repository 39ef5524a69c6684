import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { TextDirective } from 'mdast-util-directive';
const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';
import { checkClaimPlacement } from '../../../../src/compile/extract/check-claim-placement.ts';

const placementOf = (markdown: string, kind: 'reason' | 'reader' | 'reported') => {
  const { ctx, node, scope } = findNode(markdown, isClaim);
  const holder = checkClaimPlacement(ctx, node, { id: 'a', kind, place: ctx.at(node) }, scope);
  return { holder, problems: reported(ctx) };
};

describe('checkClaimPlacement', () => {
  test('returns a reported claim\'s holder, white space collapsed', () => {
    assert.deepEqual(placementOf('A :claim[w]{#a kind=reported holder="Some   one"}.', 'reported'), { holder: 'Some one', problems: [] });
  });

  test('refuses a holder on a claim of another kind, and a reader claim outside a comment', () => {
    assert.match(placementOf('A :claim[w]{#a kind=reason holder="X"}.', 'reason').problems[0]!, /only a reported claim/);
    assert.match(placementOf('A :claim[w]{#a kind=reader}.', 'reader').problems[0]!, /stands outside a reader comment/);
  });

  test('refuses a claim in a note', () => {
    assert.match(placementOf(':::note{kind=byline}\nA :claim[w]{#a kind=reason}.\n:::\n', 'reason').problems[0]!, /stands in a note or tweet/);
  });
});
