import type { Root } from 'mdast';
import { graph, siteData } from './site.ts';

/** Each essay's parsed text for the AIF export's analysis text, in the graph's essay order (see `toAif`). */
export function aifTexts(): { essay: string; tree: Root }[] {
  return graph.essays.flatMap((essay) => {
    const text = siteData.essays[essay.id];
    return text ? [{ essay: essay.id, tree: text.tree }] : [];
  });
}
