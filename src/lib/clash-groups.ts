import { crossEssayClashes, groupClashes, type ClashGroup } from '../graph/clashes.ts';
import { graph, siteData } from './site.ts';

let cached: ClashGroup[] | undefined;

/**
 * The clashes grouped under `content/clash-questions.yaml`'s questions, for the /clashes/ pages.
 * `build:graph` has checked the file against this graph (at file:line:column) and written it only when
 * every id is known; a problem here means site-data.json and graph.json are out of step.
 */
export function clashGroups(): ClashGroup[] {
  if (cached) return cached;
  const { groups, problems } = groupClashes(graph, crossEssayClashes(graph), siteData.clashQuestions);
  if (problems.length > 0) throw new Error(`src/data/site-data.json does not match graph.json (run "npm run build:graph"): ${problems.map((problem) => problem.message).join('; ')}`);
  cached = groups;
  return groups;
}
