import type { Nodes, Parents } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { createExtractContext, type ExtractContext } from '../../src/compile/extract/create-extract-context.ts';
import { parseEssayMarkdown } from '../../src/compile/extract/parse-essay-markdown.ts';
import { scopeOf, type Scope } from '../../src/compile/extract/scope-of.ts';
import type { ExtractedClaim, ExtractedEssay, ExtractedRelation } from '../../src/compile/extract/extracted-essay.ts';
import type { Question } from '../../src/schemas/question.ts';

/** The file name the step tests report at. */
export const FILE = 'content/essays/delta.md';

/** A node of the parsed Markdown with its scope, and the context the steps share. */
export interface Found<T extends Nodes> {
  /** The extraction context over the Markdown. */
  ctx: ExtractContext;
  /** The first node the predicate accepts, in text order. */
  node: T;
  /** What its ancestors say about it. */
  scope: Scope;
}

/** Parses `markdown` and finds the first node `test` accepts, for calling one extraction step on it. */
export function findNode<T extends Nodes>(markdown: string, test: (node: Nodes) => node is T): Found<T> {
  const ctx = createExtractContext(FILE, markdown);
  let found: { node: T; ancestors: Parents[] } | undefined;
  visitParents(parseEssayMarkdown(markdown), (node: Nodes, ancestors: Parents[]) => {
    if (!found && test(node)) found = { node, ancestors: [...ancestors] };
  });
  if (!found) throw new Error(`no matching node in: ${markdown}`);
  return { ctx, node: found.node, scope: scopeOf(found.ancestors, ctx.commentOf) };
}

/** The messages reported so far, as `line:column message`. */
export function reported(ctx: ExtractContext): string[] {
  return ctx.finish().problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

/** The central question of the step tests. */
export const QUESTION: Question = { id: 'question', text: 'Should the West press for negotiations?' };

/** A claim as the extractor gives it, at line `line` of FILE. */
export function claim(id: string, kind: ExtractedClaim['kind'] = 'reason', line = 1, essay = 'delta'): ExtractedClaim {
  return { id, essay, text: `Words of ${id}.`, kind, context: `Words of ${id}.`, place: { file: `content/essays/${essay}.md`, line, column: 1 } };
}

/** A relation as the extractor gives it, at line `line` of FILE. */
export function relation(from: string, type: ExtractedRelation['type'], to: string, line = 1, note?: string): ExtractedRelation {
  return { from, to, type, place: { file: FILE, line, column: 1 }, ...(note ? { note } : {}) };
}

/** An extracted essay with the given claims and relations and no problems. */
export function essay(id: string, claims: ExtractedClaim[], relations: ExtractedRelation[] = [], extra: Partial<ExtractedEssay> = {}): ExtractedEssay {
  return { id, file: `content/essays/${id}.md`, claims, relations, words: 10, broken: [], fields: {}, slugs: [], blocks: [], problems: [], ...extra };
}
