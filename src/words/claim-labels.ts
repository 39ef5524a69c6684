import type { GraphEssay } from '../schemas/graph.ts';

/** "argues for negotiations" / "argues against negotiations": an essay's answer to the question. */
export function stanceLabel(stance: GraphEssay['stance']): string {
  return stance === 'for' ? 'argues for negotiations' : 'argues against negotiations';
}

/** The author as a reader should see them: "Samuel A. Greene (attributed)". */
export function authorLabel(essay: Pick<GraphEssay, 'author' | 'authorBasis'>): string {
  return essay.authorBasis === 'attributed' ? `${essay.author} (attributed)` : essay.author;
}
