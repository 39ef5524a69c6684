import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { RIS_TYPE, essayCitations } from '../../../lib/citations.ts';

/** `/essays/<id>/cite.ris`: the essay as an RIS record. */
export const getStaticPaths = (() => graph.essays.map((essay) => ({ params: { id: essay.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(essayCitations(params.id!).ris, { headers: { 'Content-Type': RIS_TYPE } });
