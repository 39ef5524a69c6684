/** A node of the element tree satori renders (the shape of a React element, without React). */
export interface CardNode {
  /** An HTML tag satori understands (`div`, `span`). */
  type: string;
  /** Inline style (satori's CSS subset) and children. */
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}

/** A child: another node or text. */
export type CardChild = CardNode | string;

/** Builds a node: `h('div', { display: 'flex' }, 'text', h(...))`. */
export function h(type: string, style: Record<string, string | number>, ...children: CardChild[]): CardNode {
  return { type, props: { style, children: children.length === 1 ? children[0] : children } };
}
