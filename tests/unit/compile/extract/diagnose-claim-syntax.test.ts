import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { TextDirective } from 'mdast-util-directive';
const isClaim = (node: Nodes): node is TextDirective => node.type === 'textDirective';
import { diagnoseClaimSyntax } from '../../../../src/compile/extract/diagnose-claim-syntax.ts';

describe('diagnoseClaimSyntax', () => {
  test('finds a label with no closing bracket and marks the rest as explained', () => {
    const { ctx, node } = findNode('A :claim[words and more', isClaim);
    const why = diagnoseClaimSyntax(ctx, node);
    assert.match(why?.message ?? '', /no closing "\]"/);
    assert.equal(ctx.explained.length, 1);
  });

  test('finds attributes that do not parse', () => {
    const { ctx, node } = findNode('A :claim[words]{#a kind="reason}.\n', isClaim);
    const why = diagnoseClaimSyntax(ctx, node);
    assert.ok(why);
    assert.equal(why.place.line, 1);
    assert.match(why.message, /is never closed/);
  });

  test('is undefined for a claim that parsed', () => {
    const { ctx, node } = findNode('A :claim[words]{#a kind=reason}.', isClaim);
    assert.equal(diagnoseClaimSyntax(ctx, node), undefined);
  });
});
