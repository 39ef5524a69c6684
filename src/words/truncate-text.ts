/**
 * Shortens text to at most `max` characters at a word boundary, ending with "…" when it cut anything.
 * Trailing punctuation before the cut is dropped so the ellipsis reads cleanly. Words are never altered.
 */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, Math.max(1, max - 1));
  const space = room.lastIndexOf(' ');
  // A single long word is cut inside it rather than dropped entirely.
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
