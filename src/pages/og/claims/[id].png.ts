import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { describeClaim } from '../../../words/describe-claim.ts';
import { claimCard } from '../../../og/card-layout.ts';
import { renderCard } from '../../../og/render-card.ts';

/** `/og/claims/<id>.png`: the claim's 1200×630 social card. */
export const getStaticPaths = (() => graph.claims.map((claim) => ({ params: { id: claim.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await renderCard(claimCard(describeClaim(graph, params.id!))), { headers: { 'Content-Type': 'image/png' } });
