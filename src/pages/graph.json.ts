import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';

/** `/graph.json`: the argument graph itself, the contract every export and page is built from. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(graph, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
