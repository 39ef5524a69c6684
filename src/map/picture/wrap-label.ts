/**
 * Breaks a label into lines no wider than a width, measuring text by an estimate of each character's
 * advance (the picture is laid out at build time, where there is no font to measure). The estimate
 * errs wide for a sans-serif face, so a real line is never longer than the box it was wrapped for.
 * Hand-written: the libraries that wrap text measure it with a canvas, which a build has not got.
 */

/** The advance of a character, in ems, for a sans-serif UI face; generous rather than exact. */
function charWidth(char: string): number {
  if (/[iljtf.,;:'’!|()\s]/u.test(char)) return 0.34;
  if (/[mwMW@—]/u.test(char)) return 0.92;
  if (/[A-Z0-9“”]/u.test(char)) return 0.7;
  return 0.58;
}

/** The estimated width of `text` at `fontSize` pixels (bold text 12% wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.12 : 1);
}

/**
 * The lines `text` wraps to within `width` pixels at `fontSize`: greedily, at spaces; a word wider than
 * the whole line is broken inside it. Pure.
 */
export function wrapLabel(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (textWidth(tried, fontSize, bold) <= width) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, fontSize, bold) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontSize, bold) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
