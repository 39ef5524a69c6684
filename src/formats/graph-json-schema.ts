import { z } from 'zod';
import { GraphSchema } from '../schemas/graph.ts';

/**
 * The JSON Schema (draft 2020-12) of the published `/graph.json`, generated from `GraphSchema`
 * so the two can never disagree. It describes the graph as written (zod's output side):
 * `published` is a string there, whatever the frontmatter's YAML made of it.
 */
export function graphJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(GraphSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }),
    title: 'Counterpoint argument graph',
    description: 'The claims of the essays Counterpoint maps, on negotiating with Russia, and how they support or rebut one another and the central question.',
  };
}
