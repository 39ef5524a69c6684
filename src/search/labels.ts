import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { KIND_LABELS as CLAIM_KIND_LABELS } from '../words/kind-labels.ts';

/** What a search result is: a claim of one of the six kinds, or a whole essay. */
export type ResultKind = Claim['kind'] | 'essay';

/** Our labels for result kinds, as the search filters and result lines show them. */
export const KIND_LABELS: Record<ResultKind, string> = {
  essay: 'Whole essay',
  ...(Object.fromEntries(Object.entries(CLAIM_KIND_LABELS).map(([kind, label]) => [kind, label.short])) as Record<Claim['kind'], string>),
};

/** Our labels for the two stances on the central question. */
export const STANCE_LABELS: Record<GraphEssay['stance'], string> = {
  for: 'For negotiations',
  against: 'Against negotiations',
};

/** The author filter's value for reader comments ("Readers"): the essay's author did not write them. */
export const READERS_AUTHOR = 'Readers';
