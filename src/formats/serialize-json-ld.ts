/**
 * Serialises structured data for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * written as JSON's `\u003c`-style escapes, so text from content (say, a quotation containing
 * "</script>" or "<!--") can never end the element or open a comment; U+2028/2029 are escaped too.
 * The result parses back to the same value with `JSON.parse`.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
