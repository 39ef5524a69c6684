import type { ContainerDirective } from 'mdast-util-directive';
import type { ExtractContext } from './create-extract-context.ts';

/**
 * Reports a container left open: micromark closes it at the end of its parent, so everything after
 * it would be inside. A shorter fence inside ("::::note" … ":::") is reported where it stands instead.
 */
export function checkContainerClosed(ctx: ExtractContext, node: ContainerDirective): void {
  const { markdown } = ctx;
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return;
  const open = /^:+/.exec(markdown.slice(start.offset))?.[0] ?? ':::';
  const lastLine = markdown.slice(0, end.offset).split('\n').at(-1)!.trim();
  const shorter = markdown.slice(start.offset, end.offset).split('\n').some((line) => /^\s*:{3,}\s*$/.test(line) && line.trim().length < open.length);
  if (!new RegExp(`^:{${open.length},}$`).test(lastLine) && !shorter) {
    ctx.report(ctx.at(node), `this "${open}${node.name}" is never closed, so everything after it (to line ${end.line}) is inside it: close it with "${open}" on a line of its own after its last line`);
  }
}
