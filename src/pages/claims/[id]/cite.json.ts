import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { CSL_JSON_TYPE, claimCitations } from '../../../lib/citations.ts';

/** `/claims/<id>/cite.json`: the claim's CSL-JSON record, the one every citation on its page is rendered from (Zotero and other reference managers import it). */
export const getStaticPaths = (() => graph.claims.map((item) => ({ params: { id: item.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify([claimCitations(params.id!).record], null, 2)}\n`, { headers: { 'Content-Type': CSL_JSON_TYPE } });
