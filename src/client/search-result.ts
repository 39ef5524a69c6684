/** One search result as the search page lists it: the claim's label as the link, whose it is, and the matched words. */
import { parseExcerpt } from '../search/excerpt.ts';
import { WHOLE_ESSAY_LABEL } from '../words/kind-labels.ts';
import type { PagefindData } from './search-engine.ts';

/** The excerpt as text and `<mark>` elements: nothing from the index is ever inserted as HTML. */
function excerptOf(html: string): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const part of parseExcerpt(html) ?? []) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  return excerpt;
}

/** The list item for one result. */
export function searchResultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__title';
  link.href = data.url;
  link.textContent = data.meta['label'] ?? data.meta['title'] ?? data.url;
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const kind = data.meta['kind'] ?? '';
  // A whole essay's title is the link already; a claim names its essay and author.
  meta.textContent = [kind, kind === WHOLE_ESSAY_LABEL ? '' : (data.meta['essay'] ?? ''), data.meta['author'] ?? ''].filter(Boolean).join(' · ');
  item.append(link, meta);
  const excerpt = excerptOf(data.excerpt);
  if (excerpt.textContent) item.append(excerpt);
  return item;
}
