import { z } from 'zod';
import { AifDocumentSchema } from '../schemas/aif.ts';

/**
 * The JSON Schema (draft 2020-12) of `/graph.aif.json`, generated from its zod schema (`schemas/aif.ts`),
 * the one source of the AIF types, as the graph's schema is. The AIF shapes follow the specification
 * (Chesñevar et al. 2006; Rahwan & Reed 2009; the AIF-JSON of AIFdb and OVA3).
 */
export const AIF_JSON_SCHEMA = {
  ...z.toJSONSchema(AifDocumentSchema, { target: 'draft-2020-12' }),
  $id: 'https://counterpoint.invalid/graph.aif.schema.json',
  title: 'AIF-JSON (AIFdb shape, with OVA3 text and layout)',
};
