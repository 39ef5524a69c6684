/** The text with its first letter upper-cased, for a label or phrase that starts a sentence or stands alone. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
