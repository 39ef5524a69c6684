import type { Capture } from '../schemas/capture.ts';
import type { ExtractedEssay } from './extract.ts';
import { markDifference, nearestPassage } from './nearest-text.ts';
import { error, type Place, type Problem } from './problem.ts';
import { collapseSpace } from '../words/collapse-space.ts';

/** What `checkFidelity` compares. */
export interface FidelityInput {
  /** The essays, as extracted. */
  essays: readonly ExtractedEssay[];
  /** The text of every capture in `sources/`, by file name. */
  captures: ReadonlyMap<string, string>;
  /** `captures.json`: the lines of each capture that are not body text. */
  records: readonly Capture[];
  /** Where `captures.json` is, as shown in messages; with its text, to point at a record's line. */
  recordsFile: string;
  /** The text of `captures.json` ('' when there is none). */
  recordsText: string;
  /** Every capture file in `sources/`, read or not (one that could not be read is reported on its own); default: those in `captures`. */
  present?: readonly string[];
}

const LEGEND = 'with the difference marked ([-capture-] {+essay+})';

/**
 * The verbatim checks, run by the graph step on any content folder:
 * - every claim's words appear in its essay's captures (a reader's claim, in the capture its comment names);
 * - every reader comment's words appear in the capture it names;
 * - every body line of every capture an essay names appears in that essay, apart from the lines
 *   `captures.json` lists (chrome, metadata; a split line's kept parts must appear);
 * - every line `captures.json` lists is a line of its capture.
 * A failure names the essay's `file:line` and shows the nearest text with the difference marked.
 */
export function checkFidelity(input: FidelityInput): Problem[] {
  const problems: Problem[] = [];
  const flat = new Map([...input.captures].map(([file, text]) => [file, collapseSpace(text)]));
  // The same text with its line ends kept: a capture line is a paragraph of the page, so an essay block must lie within one.
  const lined = new Map([...input.captures].map(([file, text]) => [file, text.split(/\r?\n/).map(collapseSpace).filter(Boolean).join('\n')]));
  const recordsByFile = new Map<string, Capture[]>();
  for (const record of input.records) recordsByFile.set(record.file, [...(recordsByFile.get(record.file) ?? []), record]);

  for (const essay of input.essays) {
    if (!essay.frontmatter) continue;
    const sources = essay.frontmatter.sources.filter((file) => flat.has(file));
    if (sources.length === 0) continue;

    for (const claim of essay.claims) {
      const files = claim.comment ? [claim.comment.capture].filter((file) => flat.has(file)) : sources;
      if (files.length === 0) continue;
      const text = collapseSpace(claim.text);
      if (files.some((file) => flat.get(file)!.includes(text))) continue;
      problems.push(error(claim.place, `claim "${claim.id}" is not word for word in ${files.join(' or ')}: ${nearest(files, text)}; copy the words exactly as captured`));
    }

    const readerBlocks = essay.blocks.filter((block) => block.comment && flat.has(block.comment.capture));
    for (const block of readerBlocks) {
      const capture = flat.get(block.comment!.capture)!;
      if (capture.includes(block.text)) continue;
      problems.push(
        error(block.place, `reader comment ${block.comment!.n} is not word for word in ${block.comment!.capture}: ${nearest([block.comment!.capture], block.text)}; copy the comment exactly as captured`),
      );
    }

    const reverse = essayWordsInCaptures(essay.blocks, sources, { flat, lined }, nearest);
    const forwardFrom = problems.length;

    problems.push(...captureLinesInEssay(essay, sources, input.captures, recordsByFile));
    // A reworded paragraph fails both ways at the same block: say it once, from the capture's side.
    const said = new Set(problems.slice(forwardFrom).map((problem) => `${problem.file}:${problem.line}:${problem.column}`));
    problems.push(...reverse.filter((problem) => !said.has(`${problem.file}:${problem.line}:${problem.column}`)));
  }

  const recordsLines = input.recordsText.split('\n');
  problems.push(...recordProblems(input, recordsLines));
  problems.push(...listedLinesInCaptures(input, recordsLines));
  return problems;

  function nearest(files: readonly string[], text: string): string {
    let best: { file: string; text: string; cost: number } | undefined;
    for (const file of files) {
      const passage = nearestPassage(flat.get(file)!, text);
      if (!passage) continue;
      const cost = Math.abs(passage.text.length - text.length) + markDifference(passage.text, text).split(/\[-|\{\+/).length;
      if (!best || cost < best.cost) best = { file, text: passage.text, cost };
    }
    if (!best) return `nothing like it is in the capture`;
    return `nearest capture text${files.length > 1 ? ` (${best.file})` : ''}, ${LEGEND}: "${markDifference(best.text, text)}"`;
  }
}

/**
 * Every body line of every capture the essay names appears in it, apart from the lines captures.json
 * lists (chrome, metadata; a split line's kept parts must appear). A missing line is named at the
 * essay block nearest to it.
 */
function captureLinesInEssay(
  essay: ExtractedEssay,
  sources: readonly string[],
  captures: ReadonlyMap<string, string>,
  recordsByFile: ReadonlyMap<string, Capture[]>,
): Problem[] {
  const problems: Problem[] = [];
  const page = essay.blocks.map((block) => block.text).join(' ');
  const offsets: number[] = [];
  let offset = 0;
  for (const block of essay.blocks) {
    offsets.push(offset);
    offset += block.text.length + 1;
  }
  const blockAt = (at: number): Place => {
    let index = 0;
    while (index + 1 < offsets.length && offsets[index + 1]! <= at) index++;
    return essay.blocks[index]?.place ?? { file: essay.file, line: 1, column: 1 };
  };
  for (const file of sources) {
    const records = recordsByFile.get(file) ?? [];
    const listed = new Map(records.flatMap((record) => record.lines).map((line) => [collapseSpace(line.text), line]));
    const lines = captures.get(file)!.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
      const line = collapseSpace(raw);
      if (!line) continue;
      const entry = listed.get(line);
      const pieces = entry === undefined ? [line] : entry.as === 'split' ? (entry.into ?? []) : [];
      for (const piece of pieces) {
        // Ordered lists lose their numbers to Markdown: "1. Words" is shown as a numbered item "Words".
        const text = collapseSpace(piece.replace(/^\s*\d+\.\s+/, ''));
        if (!text || page.includes(text)) continue;
        const passage = nearestPassage(page, text);
        const place = passage ? blockAt(passage.start) : { file: essay.file, line: 1, column: 1 };
        problems.push(
          error(
            place,
            `line ${index + 1} of capture ${file} is not in the essay: ` +
              (passage ? `nearest essay text, ${LEGEND}: "${markDifference(text, passage.text)}"` : `nothing like "${shorten(text)}" is in it`) +
              '; put the capture\'s words back verbatim, or list the line in captures.json if it is not body text',
          ),
        );
      }
    }
  }
  return problems;
}

/** Where `text` (found in a capture once its line ends are spaces) crosses the first line end: the words after it. */
function acrossLines(text: string, lined: string): string {
  const at = lined.replace(/\n/g, ' ').indexOf(text);
  const span = lined.slice(at, at + text.length);
  const next = span.slice(span.indexOf('\n') + 1);
  return `its line ends before "${next.length > 40 ? `${next.slice(0, 40)}…` : next}"`;
}

/** Every line captures.json lists is a line of its capture. */
function listedLinesInCaptures(input: FidelityInput, recordsLines: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const record of input.records) {
    const text = input.captures.get(record.file);
    if (text === undefined) continue;
    const lines = new Set(text.split(/\r?\n/).map(collapseSpace));
    for (const line of record.lines) {
      if (lines.has(collapseSpace(line.text))) continue;
      const needle = JSON.stringify(line.text).slice(0, 60);
      const index = recordsLines.findIndex((candidate) => candidate.includes(needle));
      problems.push(
        error(
          { file: input.recordsFile, line: index + 1 || 1, column: index === -1 ? 1 : recordsLines[index]!.indexOf(needle) + 1 },
          `captures.json lists "${shorten(line.text)}" as ${line.as} of ${record.file}, but no line of that capture reads so: copy the line exactly as captured, or remove the entry`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The other way round: every block of the essay's body a reader sees (paragraphs, headings, notes,
 * tweets and their attribution; reader comments are checked against their own capture) must be word
 * for word in one of the essay's captures, and in the captures' order. A paragraph in no capture, a
 * sentence added to one, a heading of our own, or the text moved (to another place, or across the capture's
 * paragraph breaks), is an error at its line.
 */
function essayWordsInCaptures(
  blocks: ReadonlyArray<{ text: string; place: Place; comment?: unknown; attribution?: true }>,
  sources: readonly string[],
  { flat, lined }: { flat: ReadonlyMap<string, string>; lined: ReadonlyMap<string, string> },
  nearest: (files: readonly string[], text: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const cursor = new Map(sources.map((file) => [file, 0]));
  for (const block of blocks) {
    if (block.comment) continue;
    const found = block.attribution
      ? sources.some((file) => flat.get(file)!.includes(block.text))
      : sources.some((file) => {
          const at = lined.get(file)!.indexOf(block.text, cursor.get(file)!);
          if (at !== -1) cursor.set(file, at + block.text.length);
          return at !== -1;
        });
    if (found) continue;
    const earlier = sources.find((file) => lined.get(file)!.includes(block.text));
    const across = earlier ? undefined : sources.find((file) => flat.get(file)!.includes(block.text));
    problems.push(
      error(
        block.place,
        earlier
          ? `this text is in ${earlier}, but earlier: the essay's blocks must follow the capture's order; move it back to where the capture has it`
          : across
            ? `this paragraph runs across a paragraph break of ${across} (${acrossLines(block.text, lined.get(across)!)}): the essay's paragraphs are the capture's, so a sentence was moved into or out of this one; split or join it where the capture's lines end`
            : `this text is not word for word in ${sources.join(' or ')}: ${nearest(sources, block.text)}; the essay's words must be the capture's: copy them exactly, and remove what the capture does not have (our words go in the frontmatter or a relation's note)`,
      ),
    );
  }
  return problems;
}

/** captures.json records that name no file in sources/, or the same file twice, at their line. */
function recordProblems(input: FidelityInput, recordsLines: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const lineOf = (file: string, skip: number): number => {
    let count = 0;
    for (const [index, line] of recordsLines.entries()) {
      if (!line.includes(`"file"`) || !line.includes(JSON.stringify(file))) continue;
      if (count++ === skip) return index + 1;
    }
    return 1;
  };
  for (const record of input.records) {
    const occurrence = seen.get(record.file) ?? 0;
    seen.set(record.file, occurrence + 1);
    const line = lineOf(record.file, occurrence);
    const place = { file: input.recordsFile, line, column: 1 };
    if (occurrence === 1) {
      problems.push(error(place, `captures.json lists ${record.file} twice (first at line ${lineOf(record.file, 0)}): one record a capture; merge the two records' lines into the first and remove this one`));
    }
    if (occurrence === 0 && !(input.present ?? [...input.captures.keys()]).includes(record.file)) {
      problems.push(error(place, `captures.json lists ${record.file}, which is not in sources/${suggestFile(record.file, [...input.captures.keys()])}: fix the name, add the capture, or remove the record`));
    }
    for (const line of record.lines) {
      if (line.as !== 'split') continue;
      if (!line.into || line.into.length === 0) {
        const index = recordsLines.findIndex((candidate) => candidate.includes(JSON.stringify(line.text).slice(0, 60)));
        problems.push(error({ file: input.recordsFile, line: index + 1 || place.line, column: 1 }, `captures.json splits "${shorten(line.text)}" of ${record.file} but keeps no part of it ("into" is missing or empty), so the whole line would vanish unchecked: list the parts kept in "into", or mark the line "as": "chrome" if none is the essay's`));
        continue;
      }
      const whole = collapseSpace(line.text);
      let from = 0;
      for (const part of [...(line.into ?? []), ...(line.dropped ?? [])]) {
        const piece = collapseSpace(part);
        const at = whole.indexOf(piece, line.dropped?.includes(part) ? 0 : from);
        if (piece && at !== -1) {
          if (!line.dropped?.includes(part)) from = at + piece.length;
          continue;
        }
        const index = recordsLines.findIndex((candidate) => candidate.includes(JSON.stringify(part).slice(0, 60)));
        problems.push(
          error(
            { file: input.recordsFile, line: index + 1 || place.line, column: 1 },
            `captures.json splits "${shorten(line.text)}" of ${record.file}, but the part "${shorten(part)}" is not ${piece && whole.includes(piece) ? 'in the line\'s order' : 'in that line'}: ${piece ? `nearest, ${LEGEND}: "${markDifference(nearestPassage(whole, piece)?.text ?? whole, piece)}"; ` : ''}a split keeps the line's own words, cut into parts in order: copy them from the line`,
          ),
        );
      }
    }
  }
  return problems;
}

/** ": did you mean …?" for a near file name, or ''. */
function suggestFile(name: string, files: readonly string[]): string {
  const near = files.find((file) => file.toLowerCase() === name.toLowerCase() || file.replace(/[-_ ]/g, '') === name.replace(/[-_ ]/g, ''));
  return near ? ` (did you mean ${near}?)` : '';
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
