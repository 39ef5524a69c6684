import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { RIS_TYPE, claimCitations } from '../../../lib/citations.ts';

/** `/claims/<id>/cite.ris`: the claim's essay as an RIS record, with the quotation and our claim page. */
export const getStaticPaths = (() => graph.claims.map((claim) => ({ params: { id: claim.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(claimCitations(params.id!).ris, { headers: { 'Content-Type': RIS_TYPE } });
