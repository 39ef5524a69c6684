import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractContext } from '../../../../src/compile/extract/create-extract-context.ts';
import { parseEssayMarkdown } from '../../../../src/compile/extract/parse-essay-markdown.ts';
import { walkEssay } from '../../../../src/compile/extract/walk-essay.ts';

const walk = (markdown: string) => {
  const ctx = createExtractContext('content/essays/delta.md', markdown);
  walkEssay(ctx, parseEssayMarkdown(markdown));
  return ctx.finish();
};

describe('walkEssay', () => {
  test('counts the body\'s words across markup, leaving notes out', () => {
    const essay = walk(':::note{kind=byline}\nBy X of Y\n:::\n\nIt is *un*done: :claim[peace]{#a kind=reason}.\n');
    assert.equal(essay.words, 4);
  });

  test('collects the blocks a reader sees, the headings\' slugs and the claims', () => {
    const essay = walk('# A Heading\n\nSome :claim[words]{#a kind=reason}.\n');
    assert.deepEqual(essay.blocks.map((block) => block.text), ['A Heading', 'Some words.']);
    assert.deepEqual(essay.slugs.map((slug) => slug.id), ['a-heading']);
    assert.deepEqual(essay.claims.map((claim) => claim.id), ['a']);
  });

  test('skips what is inside an unknown directive', () => {
    const essay = walk('::oops[:claim[w]{#a kind=reason}]\n');
    assert.deepEqual(essay.claims, []);
    assert.equal(essay.problems.length, 1);
  });
});
