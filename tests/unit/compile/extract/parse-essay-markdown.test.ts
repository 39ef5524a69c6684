import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEssayMarkdown } from '../../../../src/compile/extract/parse-essay-markdown.ts';

describe('parseEssayMarkdown', () => {
  test('reads frontmatter and the three kinds of directive', () => {
    const tree = parseEssayMarkdown('---\ntitle: A\n---\n\n:claim[W.]{#a}\n\n::supports[n]{from=a to=b}\n\n:::note{kind=byline}\nX\n:::\n');
    assert.deepEqual(tree.children.map((node) => node.type), ['yaml', 'paragraph', 'leafDirective', 'containerDirective']);
  });

  test('never throws, whatever the string', () => {
    for (const text of ['', ':::', ':claim[', '{#', '\u0000', '> '.repeat(50)]) assert.equal(parseEssayMarkdown(text).type, 'root');
  });
});
