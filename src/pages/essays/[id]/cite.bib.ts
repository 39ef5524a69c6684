import type { APIRoute, GetStaticPaths } from 'astro';
import { graph } from '../../../lib/site.ts';
import { BIBTEX_TYPE, essayCitations } from '../../../lib/citations.ts';

/** `/essays/<id>/cite.bib`: the essay's CSL record as a BibLaTeX entry (citation-js). */
export const getStaticPaths = (() => graph.essays.map((essay) => ({ params: { id: essay.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(essayCitations(params.id!).bibtex, { headers: { 'Content-Type': BIBTEX_TYPE } });
