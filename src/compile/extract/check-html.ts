import type { Html } from 'mdast';
import type { ExtractContext } from './create-extract-context.ts';

/** Reports an HTML comment: raw HTML in an essay is escaped and shown, so the comment would not be hidden. */
export function checkHtml(ctx: ExtractContext, node: Html): void {
  if (node.value.trimStart().startsWith('<!--')) {
    ctx.report(ctx.at(node), 'an HTML comment would be shown to readers as text (raw HTML in an essay is escaped, never hidden): delete it, or keep the note outside the essay file');
  }
}
