import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/built-site.ts';
import { pdfText, type PdfText } from '../helpers/pdf-text.ts';

const built = useBuiltSite();

/** The essay the issue set page targets for (Greene's), and the targets on A4. */
const TARGET_ESSAY = 'why-putin-fights';
const TARGET_A4 = { comments: 6, noComments: 5 };

const VARIANTS = [
  { comments: true, path: (url: string) => `${url}handout/` },
  { comments: false, path: (url: string) => `${url}handout/no-comments/` },
] as const;
const FORMATS = ['A4', 'Letter'] as const;

/** The most common value, rounded to a tenth: the body text's left edge or font size. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value * 10) / 10, (counts.get(Math.round(value * 10) / 10) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

interface Printed {
  pages: Awaited<ReturnType<typeof pdfText>>;
  /** The claim numbers printed in the margin, in reading order (page, line, left to right). */
  margin: { n: number; page: number; y: number; x: number }[];
  bodyLeft: number;
  bodySize: number;
}

/** Prints a page to PDF with Chromium and reads its text back. */
async function print(path: string, format: (typeof FORMATS)[number]): Promise<Printed> {
  const page = await built.browser.newPage();
  try {
    await page.goto(built.url(path));
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = await pdfText(new Uint8Array(pdf));
    const all = pages.flatMap((item) => item.items);
    const bodyLeft = mode(all.filter((item) => item.width > 200).map((item) => item.x));
    const bodySize = mode(all.filter((item) => item.width > 200).map((item) => item.size));
    const margin: Printed['margin'] = [];
    let started = false;
    let ended = false;
    pages.forEach(({ items }, index) => {
      // pdfjs gives runs in drawing order; read them as a person does, line by line, left to right.
      for (const item of [...items].sort((a, b) => a.y - b.y || a.x - b.x)) {
        // The numbers run from the note on comments below the header to the table of claims.
        if (/^(This copy|There are no reader comments)/.test(item.str)) started = true;
        if (item.str.startsWith('Claims and relations')) ended = true;
        if (!started || ended || !/^\d+(\s+\d+)*$/.test(item.str.trim()) || item.x + item.width > bodyLeft) continue;
        const numbers = item.str.trim().split(/\s+/).map(Number);
        const step = item.width / numbers.length;
        numbers.forEach((n, at) => margin.push({ n, page: index, y: item.y, x: item.x + at * step }));
      }
    });
    return { pages, margin, bodyLeft, bodySize };
  } finally {
    await page.close();
  }
}

/** The lines of a page, top to bottom, each the runs sharing a baseline. */
function lines(items: PdfText[]): PdfText[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PdfText[][] = [];
  for (const item of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(last[0]!.y - item.y) < 2) last.push(item);
    else out.push([item]);
  }
  return out;
}

describe('the printed handout', () => {
  test('prints every essay, Greene’s on A4 and US Letter with and without comments within its page targets, each other essay in one of those four', async (t) => {
    const counts: string[] = [];
    const combinations = VARIANTS.flatMap((variant) => FORMATS.map((format) => ({ variant, format })));
    // Every essay is printed and every combination is tried, at 7 PDFs for four essays instead of 16.
    const printsOf = (essayIndex: number, essayId: string) => (essayId === TARGET_ESSAY ? combinations : [combinations[essayIndex % combinations.length]!]);
    for (const [essayIndex, essay] of built.graph.essays.entries()) {
      const claims = built.graph.claims.filter((claim) => claim.essay === essay.id);
      for (const { variant, format } of printsOf(essayIndex, essay.id)) {
        const path = variant.path(essay.url);
        const printed = await print(path, format);
        counts.push(`${essay.id} ${variant.comments ? 'with comments' : 'without comments'} ${format}: ${printed.pages.length} pages`);

        // Claim numbers in the margin, in reading order, each once: "13 14" on a shared line, never "14 13".
        const expected = claims.filter((claim) => variant.comments || claim.kind !== 'reader').map((claim) => claim.n);
        assert.deepEqual(printed.margin.map((item) => item.n), expected, `${path} ${format}: margin numbers in reading order`);
        // Each number stands on a line of text (its claim's first line), not a line above or below it.
        for (const number of printed.margin) {
          const body = printed.pages[number.page]!.items.filter((item) => item.x >= printed.bodyLeft - 1);
          assert.ok(body.some((item) => Math.abs(item.y - number.y) < 3), `${path} ${format}: number ${number.n} beside a line of text`);
        }

        printed.pages.forEach(({ items, height }, index) => {
          if (index === printed.pages.length - 1) return;
          const pageLines = lines(items);
          const last = pageLines.at(-1)!;
          // No heading alone at a page's foot: the last line is body-sized text, not a heading.
          assert.ok(Math.max(...last.map((item) => item.size)) <= printed.bodySize * 1.15, `${path} ${format}: page ${index + 1} ends on a heading ("${last.map((item) => item.str).join(' ')}")`);
          // No forced break that leaves half a page blank.
          assert.ok(last[0]!.y > height * 0.6, `${path} ${format}: page ${index + 1} is filled only to ${Math.round((last[0]!.y / height) * 100)}%`);
        });

        // The sheet says whether the comments are in it.
        const text = printed.pages.flatMap((item) => item.items).map((item) => item.str).join(' ');
        assert.match(text, variant.comments ? /This copy includes the \d+ reader comments?|There are no reader comments/ : /This copy leaves out the \d+ reader comments?|There are no reader comments/, `${path}: says whether comments are included`);

        if (essay.id === TARGET_ESSAY && format === 'A4') {
          const target = variant.comments ? TARGET_A4.comments : TARGET_A4.noComments;
          assert.ok(printed.pages.length <= target, `${path}: ${printed.pages.length} A4 pages, target ${target}`);
        }
      }
    }
    assert.ok(built.graph.essays.some((essay) => essay.id === TARGET_ESSAY), `the target essay ${TARGET_ESSAY} is in the graph`);
    for (const line of counts) t.diagnostic(line);
  });

  test('offers the choice of comments as links that work without JavaScript, and marks the current one', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    for (const essay of built.graph.essays) {
      await page.goto(built.url(`${essay.url}handout/`));
      const choice = page.getByRole('navigation', { name: 'Reader comments on the handout' });
      if ((await choice.count()) === 0) continue;
      assert.equal(await choice.getByRole('link', { name: 'Include them' }).getAttribute('aria-current'), 'page');
      await choice.getByRole('link', { name: 'Leave them out' }).click();
      await page.waitForURL(built.url(`${essay.url}handout/no-comments/`));
      assert.equal(await page.locator('.reader-comments').isVisible(), false, `${essay.id}: comments hidden`);
      assert.equal(await page.locator('#claims-appendix [data-n]').count(), built.graph.claims.filter((claim) => claim.essay === essay.id && claim.kind !== 'reader').length);
    }
    await context.close();
  });
});
