import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { BIBTEX_TYPE, claimCitations } from '../../../lib/citations.ts';

/** `/claims/<id>/cite.bib`: the claim's essay as a BibTeX entry, with the quotation and our claim page. */
export const getStaticPaths = (() => graph.claims.map((claim) => ({ params: { id: claim.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(claimCitations(params.id!).bibtex, { headers: { 'Content-Type': BIBTEX_TYPE } });
