import type { APIRoute } from 'astro';
import { graph } from '../lib/site.ts';
import { aifTexts } from '../lib/aif-texts.ts';
import { toAif } from '../formats/to-aif.ts';
import { aifProblems } from '../formats/aif-rules.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';

/**
 * `/graph.aif.json`: the argument map as AIF-JSON for AIFdb, and in OVA3's shape with the essays' text, so OVA
 * opens it with each claim highlighted. Same claim ids as /graph.json. The build fails if it breaks an AIF rule.
 */
export const GET: APIRoute = () => {
  const aif = toAif(graph, { absoluteUrl, texts: aifTexts() });
  const problems = aifProblems(aif);
  if (problems.length > 0) throw new Error(`graph.aif.json breaks the AIF rules:\n${problems.join('\n')}`);
  return new Response(`${JSON.stringify(aif, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
