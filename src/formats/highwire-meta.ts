import type { GraphEssay } from '../schemas/graph.ts';
import { authorName, invertedName } from '../words/author-name.ts';
import { parseIsoDate, slashDate } from '../words/iso-date.ts';

/** One `<meta name content>` pair. */
export interface MetaTag {
  /** The meta name, e.g. `citation_title`. */
  name: string;
  /** Its content. */
  content: string;
}

/**
 * Highwire Press `citation_*` tags for an essay page, read by Zotero and Google Scholar. The outlet is
 * `citation_publisher` (these are magazines, blogs and think-tank pages, not journals); the date has the
 * precision the graph gives it (`2022/11`). No URL of the original is given: we have none.
 */
export function highwireMeta(essay: Pick<GraphEssay, 'title' | 'subtitle' | 'author' | 'authorBasis' | 'authorNote' | 'outlet' | 'published'>): MetaTag[] {
  return [
    { name: 'citation_title', content: essay.subtitle ? `${essay.title}: ${essay.subtitle}` : essay.title },
    { name: 'citation_author', content: invertedName(authorName(essay)) },
    { name: 'citation_publication_date', content: slashDate(parseIsoDate(essay.published)) },
    { name: 'citation_publisher', content: essay.outlet },
    { name: 'citation_language', content: 'en' },
  ];
}
