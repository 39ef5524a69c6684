import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';

/** What a search result is: a claim of one of the six kinds, or a whole essay. */
export type ResultKind = Claim['kind'] | 'essay';

/** Our labels for result kinds, as the search filters and result lines show them. */
export const KIND_LABELS: Record<ResultKind, string> = {
  essay: 'Whole essay',
  thesis: 'Thesis',
  reason: 'Reason',
  evidence: 'Evidence',
  concession: 'Concession',
  reported: 'Reported view',
  reader: 'Reader comment',
};

/** Our labels for the two stances on the central question. */
export const STANCE_LABELS: Record<GraphEssay['stance'], string> = {
  for: 'For negotiations',
  against: 'Against negotiations',
};

/** The author filter's value for reader comments ("Readers"): the essay's author did not write them. */
export const READERS_AUTHOR = 'Readers';
