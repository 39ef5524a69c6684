import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { toCsv } from '../formats/to-csv.ts';

/** `/claims.csv`: one row per claim with its relations, for spreadsheets. */
export const GET: APIRoute = () =>
  new Response(toCsv(graph, { absoluteUrl }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
