import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { BIBTEX_TYPE, essayCitations } from '../../../lib/citations.ts';

/** `/essays/<id>/cite.bib`: the essay as a BibTeX entry. */
export const getStaticPaths = (() => graph.essays.map((essay) => ({ params: { id: essay.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(essayCitations(params.id!).bibtex, { headers: { 'Content-Type': BIBTEX_TYPE } });
