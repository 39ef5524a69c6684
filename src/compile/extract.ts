import type { Yaml } from 'mdast';
import type { Problem } from './problem.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { maxNesting, MAX_NESTING } from './max-nesting.ts';
import { createExtractContext } from './extract/create-extract-context.ts';
import { parseEssayMarkdown } from './extract/parse-essay-markdown.ts';
import { walkEssay } from './extract/walk-essay.ts';
import type { ExtractedEssay } from './extract/extracted-essay.ts';

export type { ExtractedClaim, ExtractedRelation, ExtractedBlock, ExtractedEssay } from './extract/extracted-essay.ts';
export { parseEssayMarkdown } from './extract/parse-essay-markdown.ts';

const ESSAY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Pulls the claims and relations out of one essay's Markdown.
 * Never throws: whatever is wrong in the file comes back in `problems`, each with its line
 * (collected as vfile messages, printed as `file:line:column: error: …`).
 * The steps live in `./extract/`, one a file; this runs them in order.
 *
 * @param file path shown in messages, e.g. `content/essays/call-putin-out.md`
 * @param markdown the file's text
 * @param today the build date (YYYY-MM-DD), for the publication-date check
 */
export function extractEssay(file: string, markdown: string, today?: string): ExtractedEssay {
  const ctx = createExtractContext(file, markdown);
  const { result, report } = ctx;
  if (!ESSAY_ID.test(result.id)) {
    // The essay id becomes the page URL and Astro's collection id; Astro would slug it differently.
    report({ file, line: 1, column: 1 }, `essay file name "${result.id}.md" is not kebab-case: rename it with lower-case letters, digits and single hyphens, e.g. "why-putin-fights.md"`);
  }
  const tree = parseEssayMarkdown(markdown);

  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatterProblems: Problem[] = [];
  const frontmatter = readFrontmatter(file, yaml, frontmatterProblems, result.fields, today);
  for (const problem of frontmatterProblems) report(problem, problem.message, problem.severity);
  if (frontmatter) result.frontmatter = frontmatter;
  ctx.frontmatter = frontmatter;

  // The walk below, and the renderer after it, recurse once per level: a file nested thousands deep
  // would overflow the stack, so it is refused before anything walks it.
  const deepest = maxNesting(tree);
  if (deepest.depth > MAX_NESTING) {
    report(
      ctx.at(deepest.node),
      `blocks are nested ${deepest.depth} deep here (quotes, lists or notes inside one another): an essay may nest them at most ${MAX_NESTING} deep; remove the extra levels (e.g. the extra ">" marks)`,
    );
    return ctx.finish();
  }

  walkEssay(ctx, tree);
  // Notes, a tweet or reader comments alone are not an essay.
  if (result.words === 0) {
    const end = yaml?.position?.end.line;
    report({ file, line: end === undefined ? 1 : end + 1, column: 1 }, 'the essay has no body: write the essay\'s text below the frontmatter');
  }
  return ctx.finish();
}
