import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { z } from 'zod';
import { buildContentDir, ROOT } from '../../../scripts/lib/project-copy.ts';

import { CaptureSchema } from '../../../src/schemas/capture.ts';
import { collapseSpace } from '../../../src/words/collapse-space.ts';

type CaptureLedger = z.output<typeof CaptureSchema>;

const CONTENT = buildContentDir();
const { captures } = z.object({ captures: z.array(CaptureSchema) }).parse(JSON.parse(await readFile(join(CONTENT, 'captures.json'), 'utf8')));

/**
 * Whether the kept and dropped pieces of a split line, in some order, make up exactly the line
 * (ignoring white space, which the capture lost): the editors' pieces must not add or change a word.
 */
function piecesCoverLine(line: string, pieces: readonly string[]): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  let rest = squeeze(line);
  const left = pieces.map(squeeze).filter(Boolean);
  while (rest && left.length > 0) {
    const next = left.findIndex((piece) => rest.startsWith(piece));
    if (next === -1) return false;
    rest = rest.slice(left[next]!.length);
    left.splice(next, 1);
  }
  return rest === '' && left.length === 0;
}


/**
 * The body lines of a capture, derived from the capture itself: every non-empty line except those
 * the ledger marks as chrome or metadata; a split line gives its pieces; list numbers are dropped
 * (the page renders them as an ordered list).
 */
async function bodyLines(capture: CaptureLedger): Promise<{ body: string[]; removed: string[]; unmatched: string[] }> {
  const lines = (await readFile(join(CONTENT, 'sources', capture.file), 'utf8')).split(/\r?\n/).map(collapseSpace);
  const ledger = new Map(capture.lines.map((entry) => [collapseSpace(entry.text), entry]));
  const body: string[] = [];
  const removed: string[] = [];
  for (const line of lines) {
    const entry = ledger.get(line);
    const pieces = entry === undefined ? [line] : entry.as === 'split' ? (entry.into ?? []) : [];
    if (entry?.as === 'chrome') removed.push(line);
    if (entry?.dropped) removed.push(...entry.dropped);
    for (const piece of pieces) {
      const text = collapseSpace(piece.replace(/^\s*\d+\.\s+/, ''));
      if (text) body.push(text);
    }
  }
  const unmatched = [...ledger.keys()].filter((text) => !lines.includes(text));
  return { body, removed: removed.map(collapseSpace).filter(Boolean), unmatched };
}

/** The text a reader sees on a built page: no buttons, icons, hidden controls, scripts or styles. */
async function visibleText(essay: string): Promise<string> {
  const $ = cheerio.load(await readFile(join(ROOT, 'dist/essays', essay, 'index.html'), 'utf8'));
  $('button, svg, [aria-hidden="true"], script, style, template').remove();
  // Block boundaries become spaces, so words of adjacent blocks never run together.
  $('p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, div, section, article, aside, header, footer, nav, dt, dd, td, th').after(' ');
  return collapseSpace($('body').text());
}

describe('essay pages (fidelity to content/sources)', () => {
  test('the capture ledger has one record for each capture in sources/, and every essay has a capture', async () => {
    const files = (await readdir(join(CONTENT, 'sources'))).filter((name) => !name.startsWith('.')).sort();
    assert.deepEqual(captures.map((capture) => capture.file).sort(), files);
    const essays = (await readdir(join(CONTENT, 'essays'))).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
    assert.deepEqual(essays.filter((essay) => !captures.some((capture) => capture.essay === essay)), [], 'essays without a capture');
  });

  for (const capture of captures) {
    test(`every body line of ${capture.file} appears exactly on /essays/${capture.essay}/, and no chrome`, async () => {
      const { body, removed, unmatched } = await bodyLines(capture);
      assert.deepEqual(unmatched, [], 'captures.json names lines that are not in the capture');
      assert.ok(body.length > 0);
      const page = await visibleText(capture.essay);
      assert.deepEqual(body.filter((line) => !page.includes(line)), [], 'body lines missing from the page');
      assert.deepEqual(removed.filter((line) => page.includes(line)), [], 'capture chrome shown on the page');
    });
  }

  for (const capture of captures.filter((candidate) => candidate.lines.some((line) => line.as === 'split'))) {
    test(`the split lines of ${capture.file} are cut into pieces that make up the line exactly`, () => {
      const splits = capture.lines.filter((line) => line.as === 'split');
      assert.deepEqual(
        splits.filter((line) => !piecesCoverLine(line.text, [...(line.into ?? []), ...(line.dropped ?? [])])).map((line) => line.text),
        [],
      );
    });
  }

  for (const capture of captures.filter((candidate) => candidate.lines.some((line) => line.as === 'metadata'))) {
    test(`the metadata lines of ${capture.file} (title, subtitle, author) are shown on /essays/${capture.essay}/`, async () => {
      const page = await visibleText(capture.essay);
      const metadata = capture.lines.filter((line) => line.as === 'metadata').map((line) => collapseSpace(line.text));
      assert.deepEqual(metadata.filter((line) => !page.includes(line)), []);
    });
  }
});
