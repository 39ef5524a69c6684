import type { Image } from 'mdast';
import type { ExtractContext } from './create-extract-context.ts';

/** Reports an image: essays hold captured text and their pages show no images. */
export function checkImage(ctx: ExtractContext, node: Image): void {
  const url = node.url;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
    ctx.report(ctx.at(node), `image "${url}" is on another site: the pages load nothing from other origins (their security policy blocks it), so it would show broken; essays hold the captured text, remove the image`);
  } else if (!url.startsWith('/')) {
    ctx.report(ctx.at(node), `image "${url}" is a relative path, which the essay pages cannot resolve: essays hold the captured text, remove the image`);
  } else {
    ctx.report(ctx.at(node), `image "${url}": essays hold the captured text and the essay pages show no images; remove it`);
  }
}
