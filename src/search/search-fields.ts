import type { Claim } from '../schemas/claim.ts';
import type { GraphEssay } from '../schemas/graph.ts';
import { READERS_AUTHOR } from './labels.ts';
import { entryKindLabel, type EntryKind } from '../words/kind-labels.ts';
import { claimVoice } from '../words/voice.ts';
import { claimLabel } from '../words/claim-label.ts';

/** The filters every search record carries; their names are the search page's URL parameters. */
export const FILTER_NAMES = ['essay', 'author', 'stance', 'kind'] as const;

/** One filter's name. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** What Pagefind stores for one page: the meta shown under a result and the filter values. */
export interface SearchFields {
  /** Pagefind meta: `title` (indexed: a claim's title, else its words), `label` (the result's link text: `claimLabel`), `essay`, `author` (whose the claim is, `claimVoice`), `kind` (our label). */
  meta: { title: string; label: string; essay: string; author: string; kind: string };
  /** Pagefind filters; a filter absent here does not apply to the page (e.g. stance for a reader). */
  filters: Partial<Record<FilterName, string>>;
}

/**
 * The search meta and filters of an essay page (no claim) or a claim page. Reader comments are
 * filed under the essay they answer, but not under its author or stance: a reader wrote them.
 */
export function searchFields(essay: GraphEssay, claim?: Claim): SearchFields {
  const kind: EntryKind = claim?.kind ?? 'essay';
  const byReader = kind === 'reader';
  const author = byReader ? READERS_AUTHOR : essay.author;
  return {
    meta: {
      // Pagefind indexes the title meta: a claim's title when it has one (found by it), else its words,
      // so every untitled claim has its words counted alike (its opening words alone would favour
      // the claims short enough to fit in them).
      title: claim ? (claim.title ?? claim.text) : essay.title,
      // What the result's link shows: the claim's label (claimLabel), the essay's title.
      label: claim ? claimLabel(claim).text : essay.title,
      essay: essay.title,
      // Whose it is: a reported view is its holder's, as the author reports it (never the author's own).
      author: claim ? claimVoice(claim, essay).phrase : essay.author,
      kind: entryKindLabel(kind),
    },
    filters: {
      essay: essay.id,
      author,
      ...(byReader ? {} : { stance: essay.stance }),
      kind,
    },
  };
}
