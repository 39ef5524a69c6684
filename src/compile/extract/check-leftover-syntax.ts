import type { Text } from 'mdast';
import { scanAttributes } from '../scan-attributes.ts';
import { attributeErrorMessage } from '../syntax-messages.ts';
import type { Place } from '../problem.ts';
import type { ExtractContext } from './create-extract-context.ts';
import type { Scope } from './scope-of.ts';
import { checkInlineClaimMarkup } from './check-inline-claim-markup.ts';

/**
 * Directive syntax the parser did not take shows up as text on the page: says why it did not parse
 * (a fence that closes nothing, a space after the colons, brackets or braces that do not close).
 */
export function checkLeftoverSyntax(ctx: ExtractContext, node: Text, scope: Scope): void {
  const { markdown, sourceLines } = ctx;
  const start = node.position?.start.offset;
  if (start === undefined || ctx.explained.some(([from, to]) => start >= from && start < to)) return;
  const lines = node.value.split('\n');
  const first = node.position!.start.line;
  let opened = false;
  for (const [index, line] of lines.entries()) {
    const lineNumber = first + index;
    const sourceLine = sourceLines[lineNumber - 1] ?? '';
    // Read the source, not the parsed text: "\\:claim\\[" escaped by the author is meant as text.
    const trimmed = sourceLine.replace(/^\s*(?:>\s*)*/, '').trim();
    if (!line.trim()) continue;
    // Block markup ("::: note", a bare ":::") only counts where the text starts its source line.
    const atLineStart = index > 0 || sourceLine.slice(0, node.position!.start.column - 1).replace(/[\s>]/g, '') === '';
    if (!atLineStart || !line.trim().startsWith(':')) {
      checkInlineClaimMarkup(ctx, line, sourceLine, lineNumber, scope);
      continue;
    }
    const column = Math.max(1, sourceLine.indexOf(trimmed) + 1);
    const place: Place = { file: ctx.file, line: lineNumber, column };
    const fence = /^(:{3,})$/.exec(trimmed);
    if (fence) {
      if (opened) {
        opened = false;
        continue;
      }
      const container = scope.container;
      const open = container ? /^:+/.exec(markdown.slice(container.position?.start.offset ?? 0))?.[0] ?? ':::' : undefined;
      ctx.report(
        place,
        container && open
          ? `this "${fence[1]}" does not close the "${open}${container.name}" opened at line ${ctx.at(container).line}: a block closes with as many colons as it opens with; write "${open}"`
          : `this "${fence[1]}" closes no block and would be shown as text: remove it, or fix the line that should open the block`,
      );
      continue;
    }
    const spaced = /^(:{2,})\s+([A-Za-z][\w-]*)/.exec(trimmed);
    if (spaced) {
      ctx.report(place, `"${spaced[1]} ${spaced[2]}" has a space after the colons, so it is not read as a directive and would be shown as text: write "${spaced[1]}${spaced[2]}"`);
      opened = true;
      continue;
    }
    const directive = /^(:{2,})([A-Za-z][\w-]*)[[{]/.exec(trimmed);
    if (directive) {
      const brace = trimmed.indexOf('{');
      const offset = ctx.lineOffset(lineNumber) + column - 1 + brace;
      const scanned = brace === -1 ? undefined : scanAttributes(markdown, offset, false);
      const what = `"${directive[1]}${directive[2]}"`;
      ctx.report(
        scanned && !scanned.ok ? ctx.placeOf(scanned.error.offset) : place,
        scanned && !scanned.ok
          ? `${attributeErrorMessage(scanned.error, what, ctx.placeOf)}; until then the whole block is shown as text`
          : `${what} is not read as a directive and would be shown as text: check its brackets [ ] and braces { }`,
      );
      opened = directive[1]!.length >= 3;
      continue;
    }
    checkInlineClaimMarkup(ctx, line, sourceLine, lineNumber, scope);
  }
}
