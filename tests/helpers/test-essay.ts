import { extractEssay } from '../../src/compile/extract.ts';

/**
 * The frontmatter of a made-up essay, "Delta" by D. Writer, for compiler tests that need a whole essay
 * file. It takes lines 1-10; with the blank line `testEssay` puts after it, the body starts on line 12.
 */
export const TEST_FRONTMATTER = `---
title: "Delta"
author: "D. Writer"
authorBasis: byline
outlet: "Fourth Review"
published: "2022-10"
stance: against
sources: ["delta.txt"]
summary: "A test essay."
---
`;

/** The essay file `content/essays/<name>.md` with `TEST_FRONTMATTER` and `body` (from line 12), extracted. */
export function testEssay(name: string, body: string): ReturnType<typeof extractEssay> {
  return extractEssay(`content/essays/${name}.md`, `${TEST_FRONTMATTER}\n${body}\n`);
}
