import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';

/**
 * Which code points the preview-card fonts (the WOFF files in `src/og/fonts`) can draw, read with
 * fontkitten (fontkit's maintained little sibling). Undefined when the folder has no readable font.
 */
export async function readCardFonts(dir: string): Promise<((codePoint: number) => boolean) | undefined> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => /\.(woff2?|ttf|otf)$/i.test(name));
  const fonts: Font[] = [];
  for (const name of names) {
    try {
      const font = create(await readFile(join(dir, name)));
      if ('hasGlyphForCodePoint' in font) fonts.push(font);
    } catch {
      // A font fontkitten cannot read says nothing about coverage; the others still count.
    }
  }
  if (fonts.length === 0) return undefined;
  return (codePoint) => fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
}
