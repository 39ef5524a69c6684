/** One note in the margin column, as `placeNotes` sees it (all lengths in CSS pixels, from the column's top). */
export interface NoteBox {
  /** Where the note would like its top: level with its claim's first line. */
  want: number;
  /** Its height as it is (open or folded). */
  height: number;
  /**
   * The heights it may be condensed to (an open note cut to its first lines, then to fewer), tallest
   * first; none when it cannot be condensed (a folded note, or the anchor itself).
   */
  condensed?: number[];
}

/** Where `placeNotes` puts one note. */
export interface NotePlace {
  /** Its top. */
  top: number;
  /** Its height when shown condensed to make room for the anchor (one of its `condensed`), else undefined. */
  height?: number;
}

/** What `placeNotes` returns. */
export interface NotePlan {
  /** One place a note, in the order given. */
  places: NotePlace[];
  /** The bottom of the lowest note (the column's height). */
  bottom: number;
}

/** Options for `placeNotes`. */
export interface PlaceOptions {
  /** The note to keep level with its claim (the one opened last), or -1 for none. */
  anchor: number;
  /** No note may start above this (the end of the key in the margin). */
  floor: number;
  /** Space between two notes. */
  gap: number;
}

const heightOf = (box: NoteBox, level: number) => (level > 0 ? box.condensed![level - 1]! : box.height);

/**
 * Lays out margin notes in one column without overlap, in text order, so that the anchor (the note
 * opened last) sits level with its claim whatever else is open:
 * - the anchor at its claim; the notes after it pushed down only as far as the note above needs;
 * - the notes before it pushed up out of its way (never above `floor`); when there is not room above
 *   for them, open notes there are condensed, farthest from the anchor first, a step at a time (all to
 *   their first step before any to the next), until they fit;
 * - only when even that is not enough (a column of folded notes longer than the text above) does the
 *   anchor move down, as little as it can.
 * With no anchor, every note sits level with its claim or just below the note above it.
 * Pure, so it is tested without a browser; `src/client/claim-notes.ts` measures and applies it.
 */
export function placeNotes(boxes: NoteBox[], options: PlaceOptions): NotePlan {
  const { anchor, floor, gap } = options;
  // A claim beside the key still has its note below the key.
  const want = boxes.map((box) => Math.max(box.want, floor));
  /** How far each note is condensed: 0 whole, n its n-th `condensed` height. */
  const level = boxes.map(() => 0);
  const tops = boxes.map(() => 0);
  const downFrom = (start: number, bottom: number, stop = boxes.length): number => {
    let end = bottom;
    for (let index = start; index < stop; index++) {
      tops[index] = Math.max(want[index]!, end);
      end = tops[index]! + heightOf(boxes[index]!, level[index]!) + gap;
    }
    return end;
  };
  if (anchor < 0 || anchor >= boxes.length) {
    const end = downFrom(0, floor);
    return plan(end);
  }
  const anchorTop = want[anchor]!;
  // Where the notes above the anchor would sit with no anchor: at their claims, or below the note above.
  const settled = boxes.map(() => 0);
  // Stack the notes above the anchor from the floor down, then push them up out of its way; returns the
  // top of the highest one.
  const upFrom = (top: number): number => {
    downFrom(0, floor, anchor);
    settled.splice(0, anchor, ...tops.slice(0, anchor));
    let limit = top;
    for (let index = anchor - 1; index >= 0; index--) {
      const height = heightOf(boxes[index]!, level[index]!);
      tops[index] = Math.min(settled[index]!, limit - gap - height);
      limit = tops[index]!;
    }
    return anchor > 0 ? tops[0]! : Infinity;
  };
  for (;;) {
    if (upFrom(anchorTop) >= floor) break;
    // Only the notes in the chain pushed against the floor take room from it: condense the highest
    // open one still whole.
    let chainEnd = 0;
    while (chainEnd < anchor - 1 && tops[chainEnd]! < settled[chainEnd]!) chainEnd++;
    const steps = (index: number) => boxes[index]!.condensed?.length ?? 0;
    const candidates = boxes.map((_, index) => index).filter((index) => index <= chainEnd && level[index]! < steps(index));
    const lowest = Math.min(...candidates.map((index) => level[index]!));
    const next = candidates.find((index) => level[index] === lowest) ?? -1;
    if (next < 0) {
      // No room even so: stack from the floor, and the anchor as close below its claim as it can be.
      const end = downFrom(0, floor);
      return plan(end);
    }
    level[next] = level[next]! + 1;
  }
  tops[anchor] = anchorTop;
  const end = downFrom(anchor + 1, anchorTop + heightOf(boxes[anchor]!, 0) + gap);
  return plan(end);

  function plan(end: number): NotePlan {
    return {
      places: tops.map((top, index) => (level[index]! > 0 ? { top, height: heightOf(boxes[index]!, level[index]!) } : { top })),
      bottom: Math.max(floor, end - gap),
    };
  }
}
