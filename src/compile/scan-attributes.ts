/**
 * Reads a directive's `{…}` attribute block from the source text, as micromark-extension-directive
 * does, but keeps what the parser throws away: every attribute in order (so a repeated one can be
 * reported) and, when the block does not parse, the first character that stops it (so the message can
 * say what is wrong and where, instead of "claim has no id").
 *
 * Hand-written on purpose: remark-directive drops repeated attributes and, on a syntax error, leaves
 * the whole directive as text without saying why. The grammar follows micromark-extension-directive's
 * `factory-attributes`: `#id`, `.class`, `name`, `name=value`, `name="value"`, `name='value'`.
 */

/** One attribute as written. */
export interface ScannedAttribute {
  /** `id` for `#…`, `class` for `.…`, else the name as written. */
  name: string;
  /** The value, unquoted ('' for a bare name). */
  value: string;
  /** Offset of the attribute's first character in the source. */
  offset: number;
}

/** What stopped the block from parsing. */
export type AttributeError =
  | { /** No closing brace before the block (paragraph or line) ends. */ kind: 'unclosed-brace'; /** Offset of `{`. */ offset: number }
  | { /** A quoted value never closes. */ kind: 'unclosed-quote'; /** Offset of the opening quote. */ offset: number; /** The attribute's name. */ name: string; /** The quote mark. */ quote: string }
  | { /** A quote right after a name or closed value: an inner quote ended the value early. */ kind: 'stray-quote'; /** Its offset. */ offset: number; /** The attribute written just before it. */ after?: ScannedAttribute; /** The quote mark. */ quote: string }
  | { /** A `#id` or `.class` holding a character it cannot. */ kind: 'bad-shortcut'; /** Offset of `#` or `.`. */ offset: number; /** The token as written. */ token: string; /** The first character it cannot hold. */ char: string }
  | { /** Any other character where an attribute should start. */ kind: 'unexpected'; /** Its offset. */ offset: number; /** The character. */ char: string };

/** The block read: its attributes and where it ends, or what stopped it. */
export type ScanResult =
  | { /** Parsed. */ ok: true; /** Attributes in the order written. */ attributes: ScannedAttribute[]; /** Offset just after `}`. */ end: number }
  | { /** Did not parse. */ ok: false; /** The first problem. */ error: AttributeError; /** Attributes read before it. */ attributes: ScannedAttribute[] };

// Characters that cannot stand in a `#id` / `.class` shortcut or an unquoted value (micromark's list).
const SHORTCUT_STOP = /[\s"#'.<=>`}]/;
const VALUE_STOP = /[\s"'<=>`}]/;
const NAME_START = /[A-Za-z:_]/;
const NAME_REST = /[A-Za-z0-9\-.:_]/;

/**
 * Scans the attribute block starting at `source[start] === '{'`.
 *
 * @param multiline whether the block may run over line endings (text directives); it never runs past a blank line
 */
export function scanAttributes(source: string, start: number, multiline: boolean): ScanResult {
  const attributes: ScannedAttribute[] = [];
  const fail = (error: AttributeError): ScanResult => ({ ok: false, error, attributes });
  let i = start + 1;
  const ended = (at: number): boolean =>
    at >= source.length || (source[at] === '\n' && (!multiline || /^\n[ \t]*(\n|$)/.test(source.slice(at, at + 200))));
  for (;;) {
    while (i < source.length && /\s/.test(source[i]!) && !ended(i)) i++;
    if (ended(i)) return fail({ kind: 'unclosed-brace', offset: start });
    const char = source[i]!;
    if (char === '}') return { ok: true, attributes, end: i + 1 };
    if (char === '#' || char === '.') {
      let j = i + 1;
      while (j < source.length && !/[\s}]/.test(source[j]!)) j++;
      const token = source.slice(i, j);
      const bad = [...token.slice(1)].find((c) => SHORTCUT_STOP.test(c));
      if (token.length === 1 || bad) return fail({ kind: 'bad-shortcut', offset: i, token, char: bad ?? '' });
      attributes.push({ name: char === '#' ? 'id' : 'class', value: token.slice(1), offset: i });
      i = j;
      continue;
    }
    if (char === '"' || char === "'") {
      const previous = attributes.at(-1);
      return fail({ kind: 'stray-quote', offset: i, quote: char, ...(previous ? { after: previous } : {}) });
    }
    if (!NAME_START.test(char)) return fail({ kind: 'unexpected', offset: i, char });
    const nameStart = i;
    while (i < source.length && NAME_REST.test(source[i]!)) i++;
    const name = source.slice(nameStart, i);
    let j = i;
    while (j < source.length && /[ \t]/.test(source[j]!)) j++;
    if (source[j] !== '=') {
      attributes.push({ name, value: '', offset: nameStart });
      continue;
    }
    j++;
    while (j < source.length && /[ \t]/.test(source[j]!)) j++;
    const quote = source[j];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, j + 1);
      const blank = source.slice(j + 1, close === -1 ? undefined : close).search(/\n[ \t]*\n/);
      if (close === -1 || blank !== -1 || (!multiline && source.slice(j + 1, close).includes('\n'))) {
        return fail({ kind: 'unclosed-quote', offset: j, name, quote });
      }
      attributes.push({ name, value: source.slice(j + 1, close), offset: nameStart });
      i = close + 1;
      const next = source[i];
      if (next === '"' || next === "'" || (next !== undefined && NAME_START.test(next))) {
        // `author="Ruth "R" D"`: the value closed at the inner quote and the rest does not parse.
        return fail({ kind: 'stray-quote', offset: close, quote, after: attributes.at(-1)! });
      }
      continue;
    }
    let k = j;
    while (k < source.length && !VALUE_STOP.test(source[k]!)) k++;
    if (k === j) return fail({ kind: 'unexpected', offset: j, char: source[j] ?? '' });
    attributes.push({ name, value: source.slice(j, k), offset: nameStart });
    i = k;
  }
}
