import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a PDF page, in points from the page's top-left corner. */
export interface PdfText {
  /** The text. */
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size (the text's height). */
  size: number;
  /** Width of the run. */
  width: number;
}

/** A PDF's pages, each with its size and text runs (read with pdfjs-dist, Mozilla's PDF library). */
export async function pdfText(pdf: Uint8Array): Promise<{ width: number; height: number; items: PdfText[] }[]> {
  const document = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , d, e, f] = item.transform as number[];
        items.push({ str: item.str, x: e!, y: height - f!, size: Math.abs(d!), width: item.width });
      }
      pages.push({ width, height, items });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
