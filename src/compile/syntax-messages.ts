import type { AttributeError } from './scan-attributes.ts';
import type { Place } from './problem.ts';
import { codePoint } from '../words/code-point.ts';

/**
 * Why a `:claim[` label did not parse: a blank line inside it, a `[` in the words that takes the
 * claim's `]`, or no `]` at all. `open` is the offset of `[`. Undefined when the label does close.
 */
export function diagnoseLabel(source: string, open: number): { offset: number; until: number; message: string } | undefined {
  let depth = 0;
  let nested = -1;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      depth++;
      if (depth > 1 && nested === -1) nested = i;
    } else if (char === ']') {
      depth--;
      if (depth === 0) return undefined;
    } else if (char === '\n' && /^\n[ \t]*\n/.test(source.slice(i, i + 200))) {
      // The claim may go on after the blank line ("…words\n\nmore]{#id}"): then the blank line is the problem.
      const blank = source.indexOf('\n', i + 1) + 1;
      const next = source.slice(blank).search(/\n[ \t]*\n|$/);
      const paragraph = source.slice(blank, blank + next);
      if (/\]\{/.test(paragraph)) {
        return {
          offset: blank - 1,
          until: blank + next,
          message: 'a blank line inside the claim\'s brackets ends the paragraph, so the claim never closes: a claim marks words within one paragraph; remove the blank line, or mark a claim in each paragraph',
        };
      }
      return stray(i);
    }
  }
  return stray(source.length);

  function stray(until: number) {
    if (nested !== -1) {
      return {
        offset: nested,
        until,
        message: 'this "[" inside the claim\'s words takes the claim\'s closing "]", so the claim never closes: write it as "\\[" if it is the essay\'s own bracket, or remove it',
      };
    }
    return { offset: open, until, message: 'the claim\'s words have no closing "]": add "]" after the last word, before {#id …}' };
  }
}

/** The message for an attribute block that does not parse, for `what` (e.g. `the claim`, `":::tweet"`). */
export function attributeErrorMessage(error: AttributeError, what: string, placeOf: (offset: number) => Place): string {
  const where = (offset: number) => {
    const place = placeOf(offset);
    return `line ${place.line}, column ${place.column}`;
  };
  // "the claim's attributes" / "the attributes of :::tweet"
  const attrs = what.startsWith('"') ? `the attributes of ${what.slice(1, -1)}` : `${what}'s attributes`;
  switch (error.kind) {
    case 'unclosed-brace':
      return `${attrs} have no closing "}": add "}" after the last attribute`;
    case 'unclosed-quote':
      return `the ${error.quote} that opens the value of ${error.name}= is never closed: add the closing ${error.quote}`;
    case 'stray-quote':
      return error.after
        ? `this ${error.quote} ends the value of ${error.after.name}= early ("${error.after.value}"), so ${attrs} do not parse: a quoted value cannot hold its own quote mark; write it as &quot; or wrap the value in ${error.quote === '"' ? "'…'" : '"…"'}`
        : `a stray ${error.quote} in ${attrs}: quote a value right after its "=", as name="value"`;
    case 'bad-shortcut':
      return error.token.length === 1
        ? `"${error.token}" with no name after it in ${attrs}: write ${error.token === '#' ? '#the-id' : '.the-class'} or remove it`
        : `"${error.token}" is not read as ${error.token.startsWith('#') ? 'an id' : 'a class'}: "${error.char}" cannot stand in one${error.char === '.' ? ' ("." starts a class name)' : ''}, so ${attrs} do not parse; ids use lower-case letters, digits and single hyphens`;
    default:
      return `unexpected "${error.char}" at ${where(error.offset)} in ${attrs}: write them as #id, name=value or name="value", separated by spaces`;
  }
}

// Letters of other scripts that look like Latin ones in most fonts (hand-listed: the common Cyrillic
// and Greek look-alikes; any other non-Latin letter is still named with its script and code point).
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Latin'] as const;

/**
 * For an id that is not kebab-case because of a letter outside a-z (a Cyrillic "а" that looks like
 * "a"), names the character, its code point and where it is; undefined for other problems.
 */
export function describeBadIdCharacter(id: string): string | undefined {
  const chars = [...id];
  const index = chars.findIndex((char) => !/[a-z0-9-]/.test(char));
  if (index === -1) return undefined;
  const char = chars[index]!;
  if (!/\p{L}/u.test(char) || /[A-Za-z]/.test(char)) return undefined;
  const code = codePoint(char);
  const script = SCRIPTS.find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(char));
  const latin = LOOK_ALIKES[char] ?? LOOK_ALIKES[char.toLowerCase()];
  return (
    `has "${char}" (${code}${script ? `, a ${script} letter` : ', not a Latin letter'}${latin ? ` that looks like the Latin "${latin}"` : ''}) at character ${index + 1}: ` +
    `ids use only the Latin letters a-z, digits and hyphens; retype it${latin ? ` as "${chars.map((c, i) => (i === index ? latin : c)).join('')}"` : ''}`
  );
}
