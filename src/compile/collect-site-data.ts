import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { Graph } from '../schemas/graph.ts';
import type { ClashQuestions } from '../schemas/clash-questions.ts';
import type { ReadingGuide } from '../schemas/reading-guide.ts';
import { SiteDataSchema, type SiteData } from '../schemas/site-data.ts';
import { readMethod } from '../io/read-method.ts';
import { readPublished } from '../io/read-published.ts';
import { readCaptures } from '../io/read-captures.ts';
import { COMMENT } from '../markup/grammar.ts';
import { parseEssayMarkdown } from './extract/parse-essay-markdown.ts';

/** An essay's tree without positions (the pages never point into the source), and its reader comments counted. */
function essayText(markdown: string): { commentCount: number; tree: Root } {
  const tree = JSON.parse(JSON.stringify(parseEssayMarkdown(markdown), (key, value: unknown) => (key === 'position' ? undefined : value))) as Root;
  let commentCount = 0;
  const walk = (node: { type: string; name?: string; children?: unknown[] }): void => {
    if (node.type === 'containerDirective' && node.name === COMMENT) commentCount += 1;
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return { commentCount, tree };
}

/**
 * Everything the pages need from the content besides the graph, for `src/data/site-data.json`. Call it
 * once the graph, ledger, reading guide and clash questions have been checked without error: what it
 * reads here is then known to be valid.
 *
 * @param content the content folder
 * @param graph the graph built from it
 * @param checked the clash questions and reading guide as checked against the graph
 */
export async function collectSiteData(
  content: string,
  graph: Graph,
  checked: { clashQuestions: ClashQuestions; readingGuide: ReadingGuide | undefined },
): Promise<SiteData> {
  const essays: SiteData['essays'] = {};
  for (const essay of graph.essays) essays[essay.id] = essayText(await readFile(join(content, 'essays', `${essay.id}.md`), 'utf8'));
  const method = readMethod(join(content, 'method.md'));
  return SiteDataSchema.parse({
    schemaVersion: 1,
    essays,
    clashQuestions: checked.clashQuestions,
    ...(checked.readingGuide ? { readingGuide: checked.readingGuide } : {}),
    ...(method === undefined ? {} : { method }),
    published: readPublished(join(content, 'published.json')),
    captures: readCaptures(join(content, 'captures.json')),
  });
}
