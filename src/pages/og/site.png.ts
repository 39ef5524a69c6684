import type { APIRoute } from 'astro';
import { graph } from '../../lib/site.ts';
import { siteCard } from '../../og/card-layout.ts';
import { renderCard } from '../../og/render-card.ts';

/** `/og/site.png`: the card for every page that is not an essay or a claim. */
export const GET: APIRoute = async () =>
  new Response(await renderCard(siteCard(graph.question.text, graph.essays.length)), { headers: { 'Content-Type': 'image/png' } });
