import type { Claim } from '../schemas/claim.ts';

/** A claim kind as readers see it (ours), short and long. The one table of kind labels. */
export const KIND_LABELS: Record<Claim['kind'], { short: string; long: string }> = {
  thesis: { short: 'Thesis', long: 'Thesis: the essay’s main claim' },
  reason: { short: 'Reason', long: 'Reason given for another claim' },
  evidence: { short: 'Evidence', long: 'Evidence offered for another claim' },
  concession: { short: 'Concession', long: 'Concession: a point granted to the other side' },
  reported: { short: 'Reported view', long: 'A view the essay reports in order to argue against it' },
  reader: { short: 'Reader comment', long: 'A claim made by a reader in a comment' },
};

/** What a search result or listing entry is: a claim of one of the kinds, or a whole essay. */
export type EntryKind = Claim['kind'] | 'essay';

/** The label of a whole essay where it is listed beside claims (search results and filters). */
export const WHOLE_ESSAY_LABEL = 'Whole essay';

/** "Whole essay", "Reason", "Reported view", …: the short label of a claim kind or of a whole essay. */
export function entryKindLabel(kind: EntryKind): string {
  return kind === 'essay' ? WHOLE_ESSAY_LABEL : KIND_LABELS[kind].short;
}
