import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { parse, type GIFTQuestion, type MultipleChoice } from 'gift-pegjs';
import { escapeGift, toGift } from '../../../src/teach/to-gift.ts';
import { questionBank } from '../../../src/teach/self-check-questions.ts';
import { fixtureGraph, mapGraph } from '../../helpers/graph-fixture.ts';

const content = resolve(import.meta.dirname, '../../../content');
const multipleChoice = (questions: GIFTQuestion[]) => questions.filter((question): question is MultipleChoice => question.type === 'MC');

describe('escapeGift', () => {
  test('escapes each of ~ = # { } : and the backslash, and line breaks', () => {
    assert.equal(escapeGift('a~b=c#d{e}f:g\\h\ni'), 'a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });
});

describe('toGift', () => {
  test('writes the real bank so that gift-pegjs reads every question back with exactly one right answer', async () => {
    const graph = await fixtureGraph(content);
    const bank = questionBank(graph);
    const parsed = parse(toGift(bank, { graph, absoluteUrl: (path) => `https://teach.example.edu/course/${path.replace(/^\//, '')}` }));
    const questions = multipleChoice(parsed);
    assert.equal(questions.length, bank.length);
    assert.ok(questions.length >= 20);
    for (const question of questions) {
      assert.equal(question.choices.filter((choice) => choice.isCorrect).length, 1, question.title ?? '');
      assert.ok(question.choices.every((choice) => choice.feedback?.text), `${question.title}: an answer without feedback`);
    }
    assert.deepEqual(questions.map((question) => question.title).sort(), bank.map((question) => question.id).sort());
    assert.ok(parsed.some((question) => question.type === 'Category'));
  });

  test('keeps text full of GIFT’s special characters inside its question', () => {
    const graph = mapGraph(['a:t:thesis', 'b:u:reason'], ['u rebuts t']);
    graph.claims[0]!.text = 'A {brace} ~tilde =equals #hash :colon \\back }';
    graph.relations[0]!.note = 'Note with } and { and = and ~ and # and :: and \\';
    const bank = questionBank(graph);
    const [question] = multipleChoice(parse(toGift(bank, { graph, absoluteUrl: () => undefined })));
    assert.ok(question);
    assert.ok(question.stem.text.includes('A {brace} ~tilde =equals #hash :colon \\back }'), question.stem.text);
    assert.ok(question.globalFeedback?.text.includes('Note with } and { and = and ~ and # and :: and \\'));
    assert.equal(question.choices.length, 2);
  });

  test('writes no link when the build has no public address', async () => {
    const graph = await fixtureGraph(content);
    assert.ok(!toGift(questionBank(graph), { graph, absoluteUrl: () => undefined }).includes('href'));
  });
});
