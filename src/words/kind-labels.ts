import type { Claim } from '../schemas/claim.ts';

/** A claim kind as readers see it (ours), short and long. */
export const KIND_LABELS: Record<Claim['kind'], { short: string; long: string }> = {
  thesis: { short: 'Thesis', long: 'Thesis: the essay’s main claim' },
  reason: { short: 'Reason', long: 'Reason given for another claim' },
  evidence: { short: 'Evidence', long: 'Evidence offered for another claim' },
  concession: { short: 'Concession', long: 'Concession: a point granted to the other side' },
  reported: { short: 'Reported view', long: 'A view the essay reports in order to argue against it' },
  reader: { short: 'Reader comment', long: 'A claim made by a reader in a comment' },
};
