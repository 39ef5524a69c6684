import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { scanAttributes, type ScanResult } from '../scan-attributes.ts';

/**
 * The `{…}` block of a parsed directive, read again from the source to see what the parser merged.
 * Undefined when the node has no position or no attribute block.
 */
export function attributeBlock(markdown: string, node: TextDirective | LeafDirective | ContainerDirective): ScanResult | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  let i = start;
  while (markdown[i] === ':') i++;
  i += node.name.length;
  if (markdown[i] === '[') {
    let depth = 0;
    for (; i < markdown.length; i++) {
      if (markdown[i] === '\\') i++;
      else if (markdown[i] === '[') depth++;
      else if (markdown[i] === ']' && --depth === 0) break;
    }
    i++;
  }
  if (markdown[i] !== '{') return undefined;
  return scanAttributes(markdown, i, node.type === 'textDirective');
}
