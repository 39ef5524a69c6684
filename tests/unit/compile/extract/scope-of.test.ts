import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findNode } from '../../../helpers/extract-steps.ts';
import type { Nodes, Text } from 'mdast';

const textWith = (words: string) => (node: Nodes): node is Text => node.type === 'text' && node.value.includes(words);

describe('scopeOf', () => {
  test('finds the paragraph and claim a text stands in', () => {
    const { scope } = findNode('Before :claim[inner words]{#a kind=reason}.', textWith('inner'));
    assert.equal(scope.paragraph?.type, 'paragraph');
    assert.equal(scope.claim?.attributes?.id, 'a');
    assert.equal(scope.inAside, false);
  });

  test('knows a note is an aside and a comments block holds comments', () => {
    assert.equal(findNode(':::note{kind=byline}\nBy X\n:::\n', textWith('By X')).scope.inAside, true);
    const { scope } = findNode('::::comments\n:::comment{capture=a.txt n=1}\nHi\n:::\n::::\n', textWith('Hi'));
    assert.equal(scope.inComments, true);
    assert.equal(scope.container?.name, 'comment');
  });
});
