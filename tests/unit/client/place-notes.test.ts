import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { placeNotes, type NoteBox } from '../../../src/client/place-notes.ts';

const folded = (want: number): NoteBox => ({ want, height: 30 });
const open = (want: number, height: number): NoteBox => ({ want, height, condensed: [60, 40] });
const tops = (boxes: NoteBox[], anchor: number, floor = 0) => placeNotes(boxes, { anchor, floor, gap: 10 }).places.map((place) => place.top);

/** True when no two notes overlap, with the gap between them. */
function apart(boxes: NoteBox[], anchor: number, floor = 0): boolean {
  const plan = placeNotes(boxes, { anchor, floor, gap: 10 });
  return plan.places.every((place, index) => {
    if (place.top < floor) return false;
    const next = plan.places[index + 1];
    const height = place.height ?? boxes[index]!.height;
    return !next || next.top >= place.top + height + 10;
  });
}

describe('placeNotes', () => {
  test('with no anchor, puts each note level with its claim or just below the note above', () => {
    assert.deepEqual(tops([folded(100), folded(110), folded(300)], -1), [100, 140, 300]);
  });

  test('never starts a note above the floor', () => {
    assert.deepEqual(tops([folded(0), folded(20)], -1, 50), [50, 90]);
  });

  test('keeps the anchor level with its claim, moving the open notes above it out of its way', () => {
    const boxes = [folded(0), open(400, 500), open(450, 500), folded(500), open(520, 400)];
    const placed = tops(boxes, 4);
    assert.equal(placed[4], 520);
    assert.ok(apart(boxes, 4));
  });

  test('pushes the notes after the anchor down, never up', () => {
    const boxes = [open(100, 300), folded(150), folded(500)];
    assert.deepEqual(tops(boxes, 0), [100, 410, 500]);
  });

  test('condenses open notes above the anchor, farthest first, only as far as needed to keep it at its claim', () => {
    const boxes = [open(100, 400), open(120, 400), open(140, 400), open(300, 300)];
    const plan = placeNotes(boxes, { anchor: 3, floor: 50, gap: 10 });
    assert.equal(plan.places[3]!.top, 300);
    assert.deepEqual(plan.places.map((place) => place.height), [60, 60, 60, undefined]);
    assert.ok(apart(boxes, 3, 50));
    const roomy = [open(100, 400), open(900, 200), open(1200, 300)];
    const loose = placeNotes(roomy, { anchor: 2, floor: 50, gap: 10 });
    assert.deepEqual(loose.places.map((place) => place.height), [undefined, undefined, undefined], 'room enough: nothing condensed');
    assert.equal(loose.places[2]!.top, 1200);
  });

  test('condenses only the notes pushed against the floor, not those with room', () => {
    const boxes = [open(60, 300), folded(1000), open(2000, 800), open(2100, 300)];
    const plan = placeNotes(boxes, { anchor: 3, floor: 50, gap: 10 });
    assert.equal(plan.places[3]!.top, 2100);
    assert.deepEqual(plan.places.map((place) => place.height), [undefined, undefined, undefined, undefined]);
  });

  test('condenses a step further, all notes to the first step before any to the next, when the first is not enough', () => {
    const boxes = [open(60, 400), open(70, 400), open(80, 400), open(240, 300)];
    const plan = placeNotes(boxes, { anchor: 3, floor: 50, gap: 10 });
    assert.equal(plan.places[3]!.top, 240);
    assert.deepEqual(plan.places.map((place) => place.height), [40, 60, 60, undefined]);
    assert.ok(apart(boxes, 3, 50));
  });

  test('moves the anchor down only when folded notes alone fill the room above it', () => {
    const boxes = [folded(0), folded(5), folded(10), open(20, 300)];
    const placed = tops(boxes, 3);
    assert.deepEqual(placed, [0, 40, 80, 120]);
    assert.ok(apart(boxes, 3));
  });

  test('gives the column’s height as the lowest note’s bottom', () => {
    assert.equal(placeNotes([open(100, 300), folded(150)], { anchor: 0, floor: 0, gap: 10 }).bottom, 440);
  });
});
