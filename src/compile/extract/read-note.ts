import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { NOTE_KINDS } from '../../markup/grammar.ts';
import type { ExtractContext } from './create-extract-context.ts';

/** Checks a `:::note{kind=…}`: a known kind, and words inside. */
export function readNote(ctx: ExtractContext, node: ContainerDirective): void {
  const place = ctx.at(node);
  const kind = node.attributes?.kind ?? '';
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
    ctx.report(place, kind ? `unknown note kind "${kind}": use kind=${NOTE_KINDS.join('|')}` : `:::note has no kind: add {kind=${NOTE_KINDS.join('|')}}`);
  }
  if (toString(node).trim().length === 0) ctx.report(place, ':::note is empty: put the capture\'s words between ":::note" and ":::", or remove it');
}
