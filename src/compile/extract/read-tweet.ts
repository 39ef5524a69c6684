import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { IsoDateSchema } from '../../schemas/essay.ts';
import type { ExtractContext } from './create-extract-context.ts';
import { collapseSpace } from '../../words/collapse-space.ts';

/** Checks a `:::tweet{author=…}` and adds its attribution line to the blocks a reader sees. */
export function readTweet(ctx: ExtractContext, node: ContainerDirective): void {
  const place = ctx.at(node);
  const attributes = node.attributes ?? {};
  if (!attributes.author) ctx.report(place, ':::tweet needs author="…" (the tweet\'s author as the capture names them)');
  if (toString(node).trim().length === 0) ctx.report(place, ':::tweet is empty: put the tweet\'s words between ":::tweet" and ":::"');
  if (attributes.datetime !== undefined && !IsoDateSchema.safeParse(attributes.datetime).success) {
    ctx.report(place, `:::tweet datetime="${attributes.datetime}" is not an ISO date: write the tweet's date as YYYY-MM-DD`);
  }
  // The attribution line is shown under the tweet: it is capture text too.
  for (const name of ['author', 'handle', 'date'] as const) {
    const value = attributes[name] == null ? undefined : collapseSpace(attributes[name]);
    if (value) ctx.result.blocks.push({ text: value, place, attribution: true });
  }
}
