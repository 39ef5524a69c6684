import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse, type MultipleChoice } from 'gift-pegjs';
import { DIST } from '../../helpers/dist.ts';

const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

describe('/teach/questions.gift', () => {
  test('parses with gift-pegjs: at least 20 questions, each multiple-choice with exactly one right answer and feedback', async () => {
    const text = await readFile(join(DIST, 'teach/questions.gift'), 'utf8');
    const parsed = parse(text);
    const questions = parsed.filter((question): question is MultipleChoice => question.type === 'MC');
    assert.ok(questions.length >= 20, `${questions.length} questions`);
    assert.equal(questions.length, parsed.filter((question) => question.type !== 'Category').length, 'a question that is not multiple-choice');
    for (const question of questions) {
      assert.equal(question.choices.filter((choice) => choice.isCorrect).length, 1, question.title ?? '');
      assert.ok(question.choices.length >= 2, question.title ?? '');
      assert.ok(question.globalFeedback?.text, `${question.title}: no feedback`);
    }
  });

  test('holds every question of the self-check page, under the same id', async () => {
    const gift = parse(await readFile(join(DIST, 'teach/questions.gift'), 'utf8'));
    const titles = new Set(gift.map((question) => question.title));
    const $ = cheerio.load(await readFile(join(DIST, 'teach/self-check/index.html'), 'utf8'));
    const ids = $('[data-question]').map((_, element) => $(element).attr('data-question')).get();
    assert.ok(ids.length >= 20);
    for (const id of ids) assert.ok(titles.has(id), `${id} is not in the GIFT file`);
  });
});

describe('/teach/ activities', () => {
  test('links the self-checks and the question bank, and gives the answer key in page order', async () => {
    const $ = cheerio.load(await readFile(join(DIST, 'teach/index.html'), 'utf8'));
    assert.equal($(`a[href="${base}teach/self-check/"]`).length >= 1, true);
    assert.ok($(`a[href="${base}teach/questions.gift"]`).length >= 1);
    const check = cheerio.load(await readFile(join(DIST, 'teach/self-check/index.html'), 'utf8'));
    const rights = check('[data-right-text]').map((_, element) => check(element).text()).get();
    const key = $('.teach__key ol > li').map((_, element) => $(element).text().replace(/^\([a-z]\) /, '')).get();
    assert.deepEqual(key, rights);
  });
});
