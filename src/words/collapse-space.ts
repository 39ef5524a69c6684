/**
 * `text` with every run of white space (spaces, tabs, line breaks, no-break spaces) made one space,
 * and none at either end: how a claim, a note or a title reads once its Markdown line breaks are gone.
 * Hand-written: one regular expression, the same as the HTML "collapse white space" most libraries use.
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
