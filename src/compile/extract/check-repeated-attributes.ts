import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { CLAIM_RELATION_TYPES } from '../../schemas/relation.ts';
import { CLAIM, MARKS } from '../../markup/grammar.ts';
import { attributeBlock } from './attribute-block.ts';
import type { ExtractContext } from './create-extract-context.ts';

/** Reports an attribute written twice on one directive: the parser silently keeps only the last. */
export function checkRepeatedAttributes(ctx: ExtractContext, node: TextDirective | LeafDirective | ContainerDirective): void {
  if (Object.keys(node.attributes ?? {}).length === 0) return;
  const block = attributeBlock(ctx.markdown, node);
  if (!block?.ok) return;
  const seen = new Map<string, string>();
  const label = node.type === 'textDirective' ? `:${node.name}` : `${MARKS[node.type]}${node.name}`;
  for (const attribute of block.attributes) {
    if (attribute.name === 'class') continue;
    const written = attribute.name === 'id' ? `#${attribute.value}` : attribute.value ? `${attribute.name}=${attribute.value}` : attribute.name;
    const first = seen.get(attribute.name);
    if (first !== undefined) {
      const joined = (CLAIM_RELATION_TYPES as readonly string[]).includes(attribute.name) && node.name === CLAIM;
      ctx.report(
        ctx.placeOf(attribute.offset),
        `${label} repeats ${attribute.name === 'id' ? 'its id' : `"${attribute.name}"`} (${first}, then ${written}): an attribute is read once and the parser keeps only the last; ` +
          (joined ? `list every target in one ${attribute.name}="a b"` : 'keep the one you mean'),
      );
    } else seen.set(attribute.name, written);
  }
}
