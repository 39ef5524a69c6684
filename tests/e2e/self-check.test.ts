import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { announced } from '../helpers/announced.ts';
import { useBuiltSite } from '../helpers/built-site.ts';

const built = useBuiltSite();

describe('the self-check', () => {
  test('asks at least 20 questions as radio groups with legends; an answer gets feedback in a live region that links both claims; the score survives a reload', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const posted: string[] = [];
    context.on('request', (request) => { if (request.method() !== 'GET') posted.push(request.url()); });
    await page.goto(built.url('/teach/self-check/'));
    const questions = page.locator('fieldset[data-question]');
    const count = await questions.count();
    assert.ok(count >= 20, `${count} questions`);
    for (let i = 0; i < count; i += 1) {
      const question = questions.nth(i);
      assert.ok((await question.locator('legend').textContent())?.trim(), `question ${i + 1} has no legend`);
      assert.ok((await question.locator('input[type="radio"]').count()) >= 2);
    }
    const first = questions.nth(0);
    const answer = await first.getAttribute('data-answer');
    const wrong = first.locator(`input[type="radio"]:not([value="${answer}"])`).first();
    await wrong.check();
    const feedback = first.locator('[data-feedback]');
    assert.equal(await feedback.getAttribute('aria-live'), 'polite');
    assert.match((await feedback.textContent()) ?? '', /Not quite: the answer is/);
    assert.ok((await feedback.locator('a[data-claim-link]').count()) >= 2, 'the feedback does not link both claims');

    const second = questions.nth(1);
    await second.locator(`input[value="${await second.getAttribute('data-answer')}"]`).check();
    assert.match((await second.locator('[data-feedback]').textContent()) ?? '', /^Right\./);
    assert.equal(await page.locator('[data-score]').textContent(), `1 right of 2 answered, out of ${count}.`);

    await page.reload();
    assert.equal(await page.locator('[data-score]').textContent(), `1 right of 2 answered, out of ${count}.`);
    assert.equal(await questions.nth(1).locator('input:checked').count(), 1);
    await page.getByRole('button', { name: 'Start again' }).click();
    await announced(page.locator('[data-score]'), /None of/);
    assert.deepEqual(posted, []);
    await context.close();
  });

  test('quotes our note on the relation in the feedback, where the relation has one', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    await page.goto(built.url('/teach/self-check/'));
    const noted = page.locator('fieldset[data-question]:has([data-explanation] .ours)').first();
    assert.equal(await noted.count(), 1, 'no question carries a note');
    await noted.locator('input[type="radio"]').first().check();
    assert.match((await noted.locator('[data-feedback]').textContent()) ?? '', /Our note: “/);
    await context.close();
  });

  test('without JavaScript shows each question with its answer behind “Answer”', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(built.url('/teach/self-check/'));
    const keys = page.locator('details.sc-key');
    assert.ok((await keys.count()) >= 20);
    assert.ok(await keys.first().locator('summary').isVisible());
    await keys.first().locator('summary').click();
    assert.ok(await keys.first().locator('[data-right-text]').isVisible());
    assert.equal(await page.getByRole('button', { name: 'Start again' }).isVisible(), false);
    await context.close();
  });

  test('has a self-check per essay, each about that essay', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    for (const essay of built.graph.essays) {
      const response = await page.goto(built.url(`/teach/self-check/${essay.id}/`));
      assert.equal(response?.status(), 200, essay.id);
      assert.ok((await page.locator('fieldset[data-question]').count()) >= 1, essay.id);
    }
    await context.close();
  });
});
