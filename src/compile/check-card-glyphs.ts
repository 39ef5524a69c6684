import type { ExtractedEssay } from './extract.ts';
import { warning, type Place, type Problem } from './problem.ts';
import { codePoint } from '../words/code-point.ts';

/**
 * Text drawn on the preview cards (`/og/…png`: the essay's title, author and outlet, each claim's words)
 * that the card fonts cannot draw: satori would draw an empty box. A warning, not an error: the page
 * itself shows the text with the reader's fonts; only the shared card is worse for it.
 *
 * @param canDraw whether some card font has a glyph for a code point
 */
export function checkCardGlyphs(essays: readonly ExtractedEssay[], canDraw: (codePoint: number) => boolean): Problem[] {
  const problems: Problem[] = [];
  const check = (text: string, what: string, place: Place) => {
    const missing = [...new Set([...text].filter((char) => !/\s/.test(char) && !/\p{Cf}/u.test(char) && !canDraw(char.codePointAt(0)!)))];
    if (missing.length === 0) return;
    const named = missing.slice(0, 5).map((char) => `"${char}" (${codePoint(char)})`).join(', ');
    problems.push(
      warning(place, `${what} has ${named}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which the preview-card fonts (src/og/fonts) cannot draw: the card shared for this page will show an empty box for ${missing.length === 1 ? 'it' : 'each'}; the page itself is fine`),
    );
  };
  for (const essay of essays) {
    const frontmatter = essay.frontmatter;
    if (frontmatter) {
      for (const field of ['title', 'author', 'outlet'] as const) {
        check(frontmatter[field], `frontmatter field "${field}"`, essay.fields[field] ?? { file: essay.file, line: 1, column: 1 });
      }
    }
    for (const claim of essay.claims) check(claim.text, `claim "${claim.id}"`, claim.place);
  }
  return problems;
}
