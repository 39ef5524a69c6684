/** One run of an excerpt's text, highlighted (`<mark>`) or not. */
export interface ExcerptPart {
  /** The text, entities decoded: insert it as text, never as HTML. */
  text: string;
  /** Whether Pagefind marked it as a match. */
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const TOKEN = /<mark>|<\/mark>|&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));|[<>]|[^<>&]+|&/giy;

/**
 * Reads a Pagefind excerpt, which is HTML: text with entities and `<mark>` around matches. Returns
 * its runs of text, or `null` when it holds any other markup (then show the text without highlights):
 * nothing from the index is ever inserted as HTML.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] | null {
  const parts: ExcerptPart[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, mark });
    text = '';
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(excerpt); match; match = TOKEN.exec(excerpt)) {
    const [token, decimal, hex, named] = match;
    if (token.toLowerCase() === '<mark>') {
      if (mark) return null;
      flush();
      mark = true;
    } else if (token.toLowerCase() === '</mark>') {
      if (!mark) return null;
      flush();
      mark = false;
    } else if (token === '<' || token === '>') {
      return null;
    } else if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
      text += code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    } else if (named !== undefined) {
      text += NAMED[named.toLowerCase()]!;
    } else {
      text += token;
    }
  }
  if (mark) return null;
  flush();
  return parts;
}
