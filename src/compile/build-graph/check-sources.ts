import type { ExtractedEssay } from '../extract/extracted-essay.ts';
import { error, type Problem } from '../problem.ts';
import { suggest } from './suggest.ts';

/** Reports every capture an essay's frontmatter `sources` names that is not in `content/sources/`. */
export function checkSources(essays: readonly ExtractedEssay[], captures: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const essay of essays) {
    for (const source of essay.frontmatter?.sources ?? []) {
      if (captures.includes(source)) continue;
      problems.push(
        error(
          essay.fields.sources ?? { file: essay.file, line: 1, column: 1 },
          `frontmatter field "sources": "${source}" is not a capture in sources/${suggest(source, captures, `name one of the files there: ${[...captures].sort().join(', ') || '(none)'}`)}`,
        ),
      );
    }
  }
  return problems;
}
