import type { Nodes, Root } from 'mdast';

/** How deep quotes, lists and container directives may nest in an essay. */
export const MAX_NESTING = 16;

// The blocks that hold other blocks: each level is one more level of recursion for every tree walker.
const NESTING = new Set(['blockquote', 'list', 'containerDirective', 'footnoteDefinition']);

/**
 * The deepest nesting of block containers in the tree, and the first node past `MAX_NESTING`
 * (or the deepest one). Walks with an explicit stack, so any depth is measured without recursion.
 */
export function maxNesting(tree: Root): { depth: number; node: Nodes | undefined } {
  let depth = 0;
  let node: Nodes | undefined;
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [current, level] = stack.pop()!;
    const here = NESTING.has(current.type) ? level + 1 : level;
    if (here > depth) {
      depth = here;
      if (here <= MAX_NESTING + 1) node = current;
    }
    if ('children' in current) for (const child of current.children) stack.push([child as Nodes, here]);
  }
  return { depth, node };
}
