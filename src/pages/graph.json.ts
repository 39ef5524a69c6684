import type { APIRoute } from 'astro';
// The file scripts/build-graph.ts wrote and validated, byte for byte.
import graphJson from '../data/graph.json?raw';

/** `/graph.json`: the argument graph, as built from the content. */
export const GET: APIRoute = () => new Response(graphJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
