import type { ExtractContext } from './create-extract-context.ts';
import type { Scope } from './scope-of.ts';

/** Reports claim markup left in a line of text: in the parsed text and, unescaped, in the source. */
export function checkInlineClaimMarkup(ctx: ExtractContext, line: string, sourceLine: string, lineNumber: number, scope: Scope): void {
  const inline = /(?:^|[^\\\w:])(:claim[[{]|\]\{[#.a-z])/.exec(line);
  if (!inline || scope.claim || !sourceLine.includes(inline[1]!)) return;
  ctx.report(
    { file: ctx.file, line: lineNumber, column: sourceLine.indexOf(inline[1]!) + 1 },
    `claim markup "${inline[1]}" is not read as a claim and would be shown as text: check the claim's brackets [ ] and braces { }`,
  );
}
