import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { toAif } from '../formats/to-aif.ts';

/** `/graph.aif.json`: the argument map as AIF-JSON for OVA and AIFdb, same ids as /graph.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(toAif(graph, { siteUrl: new URL(import.meta.env.BASE_URL, site).href }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
