import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { toArgdown } from '../formats/to-argdown.ts';

/** `/graph.argdown`: the argument map for Argdown (argdown.org), same ids as /graph.json. */
export const GET: APIRoute = () =>
  new Response(toArgdown(graph, { absoluteUrl }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
