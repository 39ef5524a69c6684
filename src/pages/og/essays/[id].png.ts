import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { describeEssay } from '../../../words/describe-essay.ts';
import { essayCard } from '../../../og/card-layout.ts';
import { renderCard } from '../../../og/render-card.ts';

/** `/og/essays/<id>.png`: the essay's 1200×630 social card. */
export const getStaticPaths = (() => graph.essays.map((essay) => ({ params: { id: essay.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await renderCard(essayCard(describeEssay(graph, params.id!))), { headers: { 'Content-Type': 'image/png' } });
