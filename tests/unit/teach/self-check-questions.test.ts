import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pickQuestions, questionBank, selfCheck, SELF_CHECK_SIZE } from '../../../src/teach/self-check-questions.ts';
import { QUESTION_KINDS } from '../../../src/teach/self-check-question.ts';
import { fixtureGraph, mapGraph } from '../../helpers/graph-fixture.ts';

const content = resolve(import.meta.dirname, '../../../content');

describe('questionBank', () => {
  test('asks at least 20 questions of the real content, of every kind, each with exactly one right answer and distinct options', async () => {
    const graph = await fixtureGraph(content);
    const bank = questionBank(graph);
    assert.ok(bank.length >= 20, `${bank.length} questions`);
    assert.deepEqual(new Set(bank.map((question) => question.kind)), new Set(QUESTION_KINDS));
    assert.equal(new Set(bank.map((question) => question.id)).size, bank.length);
    for (const question of bank) {
      assert.equal(question.options.filter((option) => option.correct).length, 1, question.id);
      assert.equal(new Set(question.options.map((option) => option.text)).size, question.options.length, question.id);
      assert.ok(question.options.length >= 2, question.id);
    }
  });

  test('credits a reported view to its holder, with its reporter among the wrong answers', async () => {
    const graph = await fixtureGraph(content);
    const whose = questionBank(graph).filter((question) => question.kind === 'whose-view');
    assert.ok(whose.length > 0);
    for (const question of whose) {
      const claim = question.stem[0]!.claim;
      const essay = graph.essays.find((item) => item.id === claim.essay)!;
      assert.equal(claim.kind, 'reported');
      assert.ok(!question.options.find((option) => option.correct)!.text.startsWith(essay.author), question.id);
      assert.ok(question.options.some((option) => !option.correct && option.text.startsWith(essay.author)), question.id);
    }
  });

  test('asks "which essay undercuts" with the undercutting essay right and no second essay that also undercuts it', () => {
    const graph = mapGraph(['a:r:reason', 'a:t:thesis', 'b:x:reason', 'c:y:reason', 'd:z:reason'], ['r supports t', 'x undercuts r--supports--t', 'y undercuts r--supports--t']);
    const questions = questionBank(graph).filter((question) => question.kind === 'which-essay-undercuts');
    assert.equal(questions.length, 2);
    for (const question of questions) {
      const ids = question.options.map((option) => option.id).sort();
      const by = question.id.includes('--x--') || question.id.startsWith('which-essay-undercuts--x') ? 'b' : 'c';
      assert.equal(question.options.find((option) => option.correct)!.id, by);
      assert.ok(!ids.includes(by === 'b' ? 'c' : 'b'), `${question.id}: offers another essay that undercuts it too`);
    }
  });

  test('quotes the relation’s note in the feedback and names both claims', () => {
    const graph = mapGraph(['a:t:thesis', 'b:u:reason'], ['u rebuts t']);
    const [question] = questionBank(graph);
    assert.ok(question);
    assert.equal(question.explanation.note, 'Ours.');
    assert.deepEqual(question.explanation.claims.map((claim) => claim.id), ['u', 't']);
  });

  test('gives the same questions and option order on every run', async () => {
    const graph = await fixtureGraph(content);
    assert.deepEqual(questionBank(graph), questionBank(graph));
  });
});

describe('selfCheck', () => {
  test('picks every kind and every essay for the self-check on all essays, up to its size', async () => {
    const graph = await fixtureGraph(content);
    const questions = selfCheck(graph);
    assert.ok(questions.length >= 20 && questions.length <= SELF_CHECK_SIZE.all, `${questions.length}`);
    assert.deepEqual(new Set(questions.map((question) => question.kind)), new Set(QUESTION_KINDS));
    assert.deepEqual(new Set(questions.map((question) => question.essay)), new Set(graph.essays.map((essay) => essay.id)));
  });

  test('asks one essay only about that essay’s claims', async () => {
    const graph = await fixtureGraph(content);
    for (const essay of graph.essays) assert.ok(selfCheck(graph, essay.id).every((question) => question.essay === essay.id));
  });

  test('stops when the questions run out', () => {
    assert.deepEqual(pickQuestions([], ['a'], 10), []);
  });
});
