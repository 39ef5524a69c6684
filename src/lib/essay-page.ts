import { getCollection, type CollectionEntry } from 'astro:content';
import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { graph } from './site.ts';

/** `getStaticPaths` for pages made once per essay (the essay page, its handout). */
export async function essayPaths() {
  const essays = await getCollection('essays');
  return essays.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The essay's graph entry and its claims in text order, for an entry of the collection. */
export function essayPage(entry: CollectionEntry<'essays'>): { essay: GraphEssay; claims: Claim[] } {
  const essay = graph.essays.find((item) => item.id === entry.id);
  if (!essay) throw new Error(`essayPage: "${entry.id}" is in the collection but not in src/data/graph.json; run npm run build:graph`);
  return { essay, claims: graph.claims.filter((claim) => claim.essay === essay.id) };
}
