import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { ExtractContext } from './create-extract-context.ts';
import type { Scope } from './scope-of.ts';

/**
 * Reads a `:::comment{capture=… n=…}`: inside a comments block, from one of the essay's captures,
 * numbered once and in the capture's order. Records which comment it is for the claims inside.
 */
export function readComment(ctx: ExtractContext, node: ContainerDirective, scope: Scope): void {
  const place = ctx.at(node);
  const attributes = node.attributes ?? {};
  if (!scope.inComments) {
    ctx.report(place, ':::comment stands outside a comments block: wrap the reader comments in ::::comments … :::: after the essay');
  }
  const capture = attributes.capture ?? '';
  const n = Number(attributes.n);
  if (!capture) ctx.report(place, ':::comment needs capture="<file in content/sources/>"');
  if (!Number.isInteger(n) || n < 1) ctx.report(place, ':::comment needs n=<its number in the capture, from 1>');
  if (capture && ctx.frontmatter && !ctx.frontmatter.sources.includes(capture)) {
    ctx.report(place, `:::comment comes from capture "${capture}", which is not in this essay's sources: add it to sources or fix the name`);
  }
  const key = `${capture}#${n}`;
  const first = ctx.comments.get(key);
  if (capture && Number.isInteger(n) && first) {
    ctx.report(place, `comment ${n} of "${capture}" is marked twice (first at line ${first.line}): number each comment once`);
  } else if (capture && Number.isInteger(n) && n >= 1) {
    ctx.comments.set(key, place);
    // Numbers are the comments' order in the capture: 1, 2, 3…, so a reader can find each one there.
    const expected = (ctx.lastComment.get(capture) ?? 0) + 1;
    if (n !== expected) {
      ctx.report(place, `comment ${n} of "${capture}" comes where comment ${expected} should: number a capture's comments 1, 2, 3… in the order they appear in it`);
    }
    ctx.lastComment.set(capture, Math.max(n, ctx.lastComment.get(capture) ?? 0));
  }
  if (toString(node).trim().length === 0) ctx.report(place, ':::comment is empty: put the reader comment\'s words inside it');
  ctx.commentOf.set(node, { capture, n: Number.isInteger(n) ? n : 0 });
}
