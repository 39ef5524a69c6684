/**
 * Ends a run of text with `mark` unless it already ends with terminal punctuation, inside a closing
 * quotation mark or not: `“It failed.”` stays, `“It failed”` gets the mark. Avoids “….”. doubling.
 */
export function endSentence(text: string, mark = '.'): string {
  return /[.?!…][”’"']?$/.test(text) ? text : `${text}${mark}`;
}
