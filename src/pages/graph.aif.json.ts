import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { toAif } from '../formats/to-aif.ts';

/** `/graph.aif.json`: the argument map as AIF-JSON for OVA and AIFdb, same ids as /graph.json. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(toAif(graph, { absoluteUrl }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
