import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { worksheets } from '../../../src/teach/worksheets.ts';
import { argueWorksheet } from '../../../src/teach/argue-worksheet.ts';
import { mapWorksheet } from '../../../src/teach/map-worksheet.ts';
import { mapParagraph } from '../../../src/teach/map-paragraph.ts';
import { thesisOf } from '../../../src/teach/thesis-reasons.ts';
import { crossEssayAttacks } from '../../../src/teach/cross-essay-attacks.ts';
import { resolveReadingGuide } from '../../../src/teach/resolve-reading-guide.ts';
import { readReadingGuide } from '../../../src/io/read-reading-guide.ts';
import { fixtureGraph, mapGraph } from '../../helpers/graph-fixture.ts';
import type { Graph } from '../../../src/schemas/graph.ts';

const content = resolve(import.meta.dirname, '../../../content');
const readingGuide = readReadingGuide(content).source!.guide;

/** Puts the listed claims in one paragraph (the same context). */
function sameParagraph(graph: Graph, ids: string[]): Graph {
  const text = ids.map((id) => `Words of ${id}.`).join(' ');
  return { ...graph, claims: graph.claims.map((claim) => (ids.includes(claim.id) ? { ...claim, context: text } : claim)) };
}

describe('worksheets', () => {
  test('makes one worksheet per exercise, one "Argue as" per essay with a thesis and one "Map it yourself" per essay with a paragraph to map, on the real content', async () => {
    const graph = await fixtureGraph(content);
    const guide = resolveReadingGuide(readingGuide, graph);
    const sheets = worksheets(graph, guide);
    assert.equal(sheets.filter((sheet) => sheet.kind === 'exercise').length, guide.exercises.length);
    const ids = (kind: string) => sheets.filter((sheet) => sheet.kind === kind).map((sheet) => sheet.essays[0]).sort();
    assert.deepEqual(ids('argue'), graph.essays.filter((essay) => thesisOf(graph, essay.id)).map((essay) => essay.id).sort());
    assert.deepEqual(ids('map'), graph.essays.filter((essay) => mapParagraph(graph, essay.id)).map((essay) => essay.id).sort());
    assert.ok(ids('argue').length > 0 && ids('map').length > 0, 'the real content has essays to argue and to map');
    assert.equal(new Set(sheets.map((sheet) => sheet.id)).size, sheets.length);
    for (const sheet of sheets) {
      const fields = sheet.prompts.flatMap((prompt) => prompt.fields.map((field) => field.id));
      assert.equal(new Set(fields).size, fields.length, `${sheet.id}: two fields share an id`);
      assert.ok(!fields.includes('name'), `${sheet.id}: a field may not be called "name" (the name field is)`);
    }
  });

  test('gives a new essay its own worksheets without a line of code', () => {
    const graph = mapGraph(['a:a1:thesis', 'a:a2:reason', 'a:a3:reason', 'b:b1:thesis', 'b:b2:reason', 'b:b3:reason'], ['a1 rebuts question', 'a2 supports a1', 'a3 supports a1', 'b1 supports question', 'b2 supports b1', 'b3 supports b1', 'b2 rebuts a2']);
    const sheets = worksheets(sameParagraph(graph, ['b1', 'b2', 'b3']), { essays: [], exercises: [] });
    assert.ok(sheets.some((sheet) => sheet.id === 'argue-as-b'));
    assert.ok(sheets.some((sheet) => sheet.id === 'map-it-b'));
  });
});

describe('argueWorksheet', () => {
  const graph = mapGraph(
    ['a:t:thesis', 'a:r1:reason', 'a:r2:reason', 'a:r3:evidence', 'a:rep:reported', 'a:rd:reader', 'b:bt:thesis', 'b:near:reason', 'b:far:reason', 'b:cut:reason', 'b:anti:reason'],
    ['t supports question', 'r1 supports t', 'r2 supports t', 'r3 supports r1', 'rd supports t', 'bt rebuts question', 'far rebuts r3', 'near rebuts r2', 'cut undercuts r1--supports--t', 'anti rebuts rep'],
  );

  test('offers the thesis’s own reasons to pick from: no reader comment, no reported view, no other essay', () => {
    const sheet = argueWorksheet(graph, 'a')!;
    const choices = sheet.prompts.flatMap((prompt) => prompt.fields).find((field) => field.kind === 'choices');
    assert.ok(choices && choices.kind === 'choices');
    assert.deepEqual(choices.options.map((claim) => claim.id), ['r1', 'r2']);
    assert.equal(choices.pick, 2);
    assert.deepEqual(sheet.prompts.find((prompt) => prompt.id === 'thesis')!.claims.map((claim) => claim.id), ['t']);
  });

  test('answers the rebuttal from another essay nearest the thesis, before undercuts and deeper ones', () => {
    assert.deepEqual(crossEssayAttacks(graph, 'a').map((attack) => attack.attacker.id), ['near', 'cut', 'far']);
    const prompt = argueWorksheet(graph, 'a')!.prompts.find((item) => item.id === 'rebuttal')!;
    assert.deepEqual(prompt.claims.map((claim) => claim.id), ['near', 'r2']);
    assert.equal(prompt.note, 'Ours.');
  });

  test('never counts a rebuttal of a view the essay itself reports as an attack on the essay', () => {
    assert.ok(!crossEssayAttacks(graph, 'a').some((attack) => attack.attacker.id === 'anti'));
  });

  test('falls back to the other side’s thesis when no essay answers this one', () => {
    const prompt = argueWorksheet(graph, 'b')!.prompts.find((item) => item.id === 'rebuttal')!;
    assert.deepEqual(prompt.claims.map((claim) => claim.id), ['t']);
    assert.match(prompt.text, /other side/);
  });

  test('makes none for an essay without a thesis', () => {
    assert.equal(argueWorksheet(mapGraph(['a:x:reason'], []), 'a'), undefined);
  });
});

describe('mapParagraph', () => {
  test('picks the paragraph with most relations between its own claims, of three to six claims', () => {
    const graph = sameParagraph(sameParagraph(
      mapGraph(['a:t:thesis', 'a:p1:reason', 'a:p2:reason', 'a:p3:evidence', 'a:q1:reason', 'a:q2:reason', 'a:q3:reason'], ['t supports question', 'p1 supports t', 'p2 supports p1', 'p3 supports p2', 'q1 supports t', 'q2 supports q1']),
      ['p1', 'p2', 'p3']), ['q1', 'q2', 'q3']);
    const reading = mapParagraph(graph, 'a')!;
    assert.deepEqual(reading.claims.map((claim) => claim.id), ['p1', 'p2', 'p3']);
    assert.deepEqual(reading.inside.map((relation) => relation.id), ['p2--supports--p1', 'p3--supports--p2']);
    assert.deepEqual(reading.outside.map((relation) => relation.id), ['p1--supports--t']);
  });

  test('leaves reader comments out and returns nothing for an essay with no related claims in a paragraph', () => {
    const graph = mapGraph(['a:t:thesis', 'a:x:reader'], ['x supports t']);
    assert.equal(mapParagraph(sameParagraph(graph, ['t', 'x']), 'a'), undefined);
    assert.equal(mapWorksheet(graph, 'a'), undefined);
  });
});
