import type { APIRoute } from 'astro';
import { graphJsonSchema } from '../formats/graph-json-schema.ts';

/** `/graph.schema.json`: the JSON Schema of `/graph.json`, generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(graphJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
