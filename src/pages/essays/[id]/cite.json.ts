import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { CSL_JSON_TYPE, essayCitations } from '../../../lib/citations.ts';

/** `/essays/<id>/cite.json`: the essay's CSL-JSON record, the one every citation on its page is rendered from (Zotero and other reference managers import it). */
export const getStaticPaths = (() => graph.essays.map((item) => ({ params: { id: item.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify([essayCitations(params.id!).record], null, 2)}\n`, { headers: { 'Content-Type': CSL_JSON_TYPE } });
