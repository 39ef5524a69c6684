import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { DIRECTIVES, MARKS, USAGE, type DirectiveType } from '../../markup/grammar.ts';
import type { ExtractContext } from './create-extract-context.ts';

/**
 * Reports a directive the grammar does not know at its number of colons: written with the wrong
 * number of colons, or unknown altogether. Returns false when the name is unknown (the walk skips it).
 */
export function checkDirectiveName(ctx: ExtractContext, node: TextDirective | LeafDirective | ContainerDirective): boolean {
  const known: readonly string[] = DIRECTIVES[node.type];
  if (known.includes(node.name)) return true;
  const mark = MARKS[node.type];
  const elsewhere = (Object.keys(DIRECTIVES) as DirectiveType[]).find((type) => (DIRECTIVES[type] as readonly string[]).includes(node.name));
  ctx.report(
    ctx.at(node),
    elsewhere
      ? `"${mark}${node.name}" has the wrong number of colons: write ${MARKS[elsewhere]}${node.name} (${USAGE[elsewhere]})`
      : `unknown directive "${mark}${node.name}": use one of ${known.map((name) => mark + name).join(', ')}` +
          (node.type === 'textDirective' ? ` (if the colon is essay text, escape it as "\\:${node.name}")` : ''),
  );
  return false;
}
