import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH } from './card-layout.ts';
import type { CardNode } from './card-node.ts';
import { fontDir as defaultFontDir } from './font-dir.ts';


const FONT_FILES: Array<{ file: string; name: string; weight: 400 | 600 }> = [
  { file: 'inter-latin-400-normal.woff', name: 'Inter', weight: 400 },
  { file: 'inter-latin-600-normal.woff', name: 'Inter', weight: 600 },
  { file: 'inter-latin-ext-400-normal.woff', name: 'Inter', weight: 400 },
  { file: 'inter-latin-ext-600-normal.woff', name: 'Inter', weight: 600 },
  { file: 'source-serif-4-latin-600-normal.woff', name: 'Source Serif 4', weight: 600 },
  { file: 'source-serif-4-latin-ext-600-normal.woff', name: 'Source Serif 4', weight: 600 },
];

let fonts: SatoriOptions['fonts'] | undefined;

/** Reads the shipped WOFF fonts once per process. */
function loadFonts(dir: string): SatoriOptions['fonts'] {
  if (fonts) return fonts;
  try {
    fonts = FONT_FILES.map(({ file, name, weight }) => ({ name, weight, style: 'normal' as const, data: readFileSync(resolve(dir, file)) }));
  } catch (cause) {
    throw new Error(`cannot read the social-card fonts in ${dir} (run the build from the project root)`, { cause });
  }
  return fonts;
}

/**
 * How a card is stored: a palette PNG of at most 16 colours (libimagequant, through sharp), not
 * resvg's true-colour RGBA. A card is flat colour and anti-aliased text in three inks, so 16 colours
 * look the same (checked by eye at full size: the text's edges stay smooth) and the file is about a
 * third of the size (51 KB to 16 KB at real size; at 50× content, where cards were 228 of dist/'s
 * 485 MB, they are about 95 MB at 32 colours and less at 16). No dithering: on flat colour it only
 * adds noise and bytes. Still a 1200×630 PNG, as og:image:width/height/type say.
 */
const PALETTE_PNG = { palette: true, colours: 16, dither: 0, effort: 3, compressionLevel: 9 } as const;

/** Renders a card tree to a 1200×630 PNG. Text becomes paths, so the PNG needs no fonts to view. */
export async function renderCard(node: CardNode, fontDir = defaultFontDir()): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(node as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts(fontDir) });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  const small = await sharp(png).png(PALETTE_PNG).toBuffer();
  return new Uint8Array(small);
}
