import type { APIRoute } from 'astro';
import { graphFile, readBuiltText } from '../data-files/load-graph.ts';

/** `/graph.json`: the argument graph, as built from the content: the file build:graph wrote (and src/lib/site.ts validated), byte for byte. */
export const GET: APIRoute = () => new Response(readBuiltText(graphFile(), 'the graph'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
