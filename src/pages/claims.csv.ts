import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { toCsv } from '../formats/to-csv.ts';

/** `/claims.csv`: one row per claim with its relations, for spreadsheets. */
export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(graph, { siteUrl: new URL(import.meta.env.BASE_URL, site).href }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
