import type { TextDirective } from 'mdast-util-directive';
import { scanAttributes } from '../scan-attributes.ts';
import { attributeErrorMessage, diagnoseLabel } from '../syntax-messages.ts';
import type { Place } from '../problem.ts';
import type { ExtractContext } from './create-extract-context.ts';

/**
 * Why a claim came out of the parser without attributes: its brackets or braces did not close, or
 * its attributes do not parse. remark-directive then leaves the rest as text and says nothing.
 * Marks the source it explains in `ctx.explained`, so the leftover text is not reported again.
 */
export function diagnoseClaimSyntax(ctx: ExtractContext, node: TextDirective): { place: Place; message: string } | undefined {
  const { markdown } = ctx;
  const end = node.position?.end.offset;
  if (end === undefined) return undefined;
  if (node.children.length === 0 && markdown[end] === '[') {
    const label = diagnoseLabel(markdown, end);
    if (!label) return undefined;
    ctx.explained.push([end, label.until]);
    return { place: ctx.placeOf(label.offset), message: label.message };
  }
  if (markdown[end] === '{') {
    const scanned = scanAttributes(markdown, end, true);
    if (scanned.ok) return undefined;
    const until = markdown.slice(end).search(/\n[ \t]*\n/);
    ctx.explained.push([end, until === -1 ? markdown.length : end + until]);
    return { place: ctx.placeOf(scanned.error.offset), message: attributeErrorMessage(scanned.error, 'the claim', ctx.placeOf) };
  }
  return undefined;
}
