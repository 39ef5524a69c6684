import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toString } from 'mdast-util-to-string';
import { draftEssay, looksLikeChrome, proposeEssayId } from '../../../src/compile/draft-essay.ts';
import { extractEssay, parseEssayMarkdown } from '../../../src/compile/extract.ts';

describe('draftEssay', () => {
  const capture = 'A Title: Here\n5 min read\n# Not a heading\n1. Not a list\nAt 10:30, *talk* and :claim[x]{#y}.\n--\nLiked by 4 people\n';

  test('keeps every body line as a paragraph that reads back exactly as captured', () => {
    const { markdown } = draftEssay('c.txt', capture);
    const body = parseEssayMarkdown(markdown).children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    assert.deepEqual(body, ['A Title: Here', '# Not a heading', '1. Not a list', 'At 10:30, *talk* and :claim[x]{#y}.']);
  });

  test('proposes the lines that look like chrome, and leaves them out of the essay', () => {
    assert.deepEqual(draftEssay('c.txt', capture).chrome.map((line) => [line.text, line.why]), [['5 min read', 'a read-time line'], ['--', 'a separator'], ['Liked by 4 people', 'a like counter']]);
    assert.equal(looksLikeChrome('Leave a Reply'), 'a comment form');
    assert.equal(looksLikeChrome('Liked by many, loved by few.'), undefined);
  });

  test('marks every frontmatter field to fill in, so the graph step lists them at their lines', () => {
    const { problems } = extractEssay('content/essays/a-title-here.md', draftEssay('c.txt', capture).markdown);
    assert.deepEqual(
      problems.map((problem) => `${problem.line} ${/field "(\w+)" is still to be filled in/.exec(problem.message)?.[1] ?? problem.message}`),
      ['5 title', '6 author', '7 authorBasis', '8 outlet', '9 published', '11 stance', '13 summary'],
    );
  });

  test('proposes an id from the first line', () => {
    assert.equal(proposeEssayId(capture), 'a-title-here');
  });
});

describe('draftEssay on look-alikes of chrome', () => {
  test('keeps sentences that merely start like chrome ("Website …", "Log out …") and flags them', () => {
    const { markdown, chrome, flagged } = draftEssay('c.txt', 'Title\nWebsite design is politics by other means.\nLog out of the argument, he said.\nWebsite\nLog Out /\n');
    assert.deepEqual(chrome.map((line) => line.text), ['Website', 'Log Out /']);
    assert.deepEqual(flagged, [
      { line: 2, text: 'Website design is politics by other means.', start: 'Website' },
      { line: 3, text: 'Log out of the argument, he said.', start: 'Log out' },
    ]);
    assert.match(markdown, /^Website design is politics by other means\.$/m);
    assert.match(markdown, /^Log out of the argument, he said\.$/m);
  });

  test('still proposes the comment form lines of the captures as chrome', () => {
    for (const line of ['Leave a Reply', 'Leave a Reply to Ann', 'You are commenting using your WordPress.com account. ( Log Out / Change )', 'Notify me of new comments via email.', 'Email (required) (Address never made public)', 'Photo Credit: Example Agency', '4 min read']) {
      assert.ok(looksLikeChrome(line), line);
    }
  });
});
