import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { toArgdown } from '../formats/to-argdown.ts';

/** `/graph.argdown`: the argument map for Argdown (argdown.org), same ids as /graph.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(toArgdown(graph, { siteUrl: new URL(import.meta.env.BASE_URL, site).href }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
