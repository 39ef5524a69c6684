import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDirectiveName } from '../../../../src/compile/extract/check-directive-name.ts';
import { findNode, reported } from '../../../helpers/extract-steps.ts';
import type { Nodes } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';

describe('checkDirectiveName', () => {
  test('names the right number of colons for a known directive', () => {
    const { ctx, node } = findNode('::claim[w]{#a}\n', (n: Nodes): n is LeafDirective => n.type === 'leafDirective');
    assert.equal(checkDirectiveName(ctx, node), false);
    assert.match(reported(ctx)[0]!, /^1:1 "::claim" has the wrong number of colons: write :claim/);
  });

  test('lists the known ones for an unknown directive, and how to escape a colon in text', () => {
    const { ctx, node } = findNode('at 10:30am', (n: Nodes): n is TextDirective => n.type === 'textDirective');
    assert.equal(checkDirectiveName(ctx, node), false);
    assert.deepEqual(reported(ctx), ['1:6 unknown directive ":30am": use one of :claim (if the colon is essay text, escape it as "\\:30am")']);
  });

  test('accepts a known directive', () => {
    const { ctx, node } = findNode('A :claim[w]{#a}.', (n: Nodes): n is TextDirective => n.type === 'textDirective');
    assert.equal(checkDirectiveName(ctx, node), true);
    assert.deepEqual(reported(ctx), []);
  });
});
