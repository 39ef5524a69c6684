import type { ContainerDirective } from 'mdast-util-directive';
import { COMMENT } from '../../markup/grammar.ts';
import type { ExtractContext } from './create-extract-context.ts';
import type { Scope } from './scope-of.ts';

/** Checks a `::::comments` block: not nested, and holding only `:::comment` blocks. */
export function readComments(ctx: ExtractContext, node: ContainerDirective, scope: Scope): void {
  if (scope.inComments) ctx.report(ctx.at(node), '::::comments blocks do not nest: close the first with :::: before opening another');
  for (const child of node.children) {
    if (child.type !== 'containerDirective' || child.name !== COMMENT) {
      ctx.report(ctx.at(child), 'a ::::comments block holds only :::comment blocks: wrap this in :::comment{capture="…" n=…} or move it out');
    }
  }
}
