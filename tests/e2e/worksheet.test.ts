import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { announced } from '../helpers/announced.ts';
import { useBuiltSite } from '../helpers/built-site.ts';

const built = useBuiltSite();

/** Every request a context makes that leaves the site, and every POST; data: and blob: URLs stay in the page. */
function watchRequests(context: BrowserContext): { foreign: string[]; posted: string[] } {
  const seen = { foreign: [] as string[], posted: [] as string[] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(built.site.url).origin) seen.foreign.push(request.url());
    if (request.method() !== 'GET') seen.posted.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

/** The links /teach/ gives to worksheets, by kind. */
async function worksheetLinks(page: Page): Promise<Record<string, string[]>> {
  await page.goto(built.url('/teach/'));
  return page.evaluate(() => Object.fromEntries(['exercise', 'argue', 'map'].map((kind) => [kind, [...document.querySelectorAll<HTMLAnchorElement>(`[data-worksheet-kind="${kind}"] a[data-worksheet-link]`)].map((link) => link.href)])));
}

const ARGUE = (essay: string) => `/teach/worksheets/argue-as-${essay}/`;

describe('worksheets', () => {
  test('/teach/ links a worksheet per exercise of the reading guide and an "Argue as" worksheet per essay, each of which opens', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const links = await worksheetLinks(page);
    const guide = await readFile(new URL('../../content/reading-guide.yaml', import.meta.url), 'utf8');
    const exercises = (guide.split(/^exercises:/m)[1] ?? '').match(/^\s+- title:/gm)?.length ?? 0;
    assert.ok(exercises > 0, 'the reading guide has no exercise');
    assert.equal(links.exercise!.length, exercises);
    assert.deepEqual(links.argue!.map((href) => new URL(href).pathname).sort(), built.graph.essays.map((essay) => new URL(built.url(ARGUE(essay.id))).pathname).sort());
    assert.ok(links.map!.length >= 1);
    for (const href of [...links.exercise!, ...links.argue!, ...links.map!]) {
      const response = await page.goto(href);
      assert.equal(response?.status(), 200, href);
      assert.ok((await page.locator('h1').textContent())?.trim(), `${href}: no heading`);
      assert.ok((await page.locator('.ws-prompt h2').count()) >= 2, `${href}: fewer than two prompts`);
      assert.ok(await page.getByLabel('Your name').isVisible(), `${href}: no name field`);
    }
    await context.close();
  });

  test('keeps what is typed across a reload, exports it as a Markdown file, imports it back, and sends nothing anywhere', async () => {
    const context = await built.browser.newContext({ acceptDownloads: true });
    const requests = watchRequests(context);
    const page = await context.newPage();
    const essay = built.graph.essays[0]!;
    await page.goto(built.url(ARGUE(essay.id)));
    await expectSavedNotice(page);
    await page.getByLabel('Your name').fill('Ada Lovelace');
    const answer = page.locator('#field-thesis-answer');
    await answer.fill('Talks would test him: {braces} # and a line\n> that looks like a quote');
    const ticks = page.locator('[data-choices] input[type="checkbox"]');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await page.reload();
    assert.equal(await page.getByLabel('Your name').inputValue(), 'Ada Lovelace');
    assert.equal(await answer.inputValue(), 'Talks would test him: {braces} # and a line\n> that looks like a quote');
    assert.equal(await ticks.nth(1).isChecked(), true);

    // A third tick is refused, and the refusal is announced.
    await ticks.nth(2).check({ force: true }).catch(() => undefined);
    assert.equal(await ticks.nth(2).isChecked(), false);
    await announced(page.locator('[data-ws-error]'), /Tick 2, not 3/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^argue-as-${essay.id}-ada-lovelace-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    for (const part of ['Ada Lovelace', '> Talks would test him: {braces} # and a line', `# Argue as ${essay.author}`, 'State the thesis in your own words', 'Counterpoint editors.']) {
      assert.ok(text.includes(part), `the export lacks ${part}`);
    }

    // Clear, then import the exported file: the answers come back.
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    assert.equal(await answer.inputValue(), '');
    await page.getByLabel('Import an exported Markdown file').setInputFiles(file);
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#field-thesis-answer')?.value ?? '') !== '');
    assert.equal(await answer.inputValue(), 'Talks would test him: {braces} # and a line\n> that looks like a quote');
    assert.equal(await page.getByLabel('Your name').inputValue(), 'Ada Lovelace');

    // A file that is not an export is refused with an announced message, and nothing changes.
    await page.getByLabel('Import an exported Markdown file').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# My notes\n\nNothing here.') });
    await announced(page.locator('[data-ws-error]'), /not a Counterpoint worksheet export/);
    assert.equal(await page.locator('[data-ws-error]').getAttribute('role'), 'alert');
    assert.equal(await answer.inputValue(), 'Talks would test him: {braces} # and a line\n> that looks like a quote');

    assert.deepEqual(requests, { foreign: [], posted: [] });
    await context.close();
  });

  test('keeps each copy of the site apart: the storage key names the site’s origin and base path and the worksheet', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const essay = built.graph.essays[0]!;
    await page.goto(built.url(ARGUE(essay.id)));
    await page.getByLabel('Your name').fill('Kept');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys, [`counterpoint:worksheet:${new URL(built.site.url).origin}/:argue-as-${essay.id}`]);
    await context.close();
  });

  test('prints the prompts and the answers, without the buttons', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const essay = built.graph.essays[0]!;
    await page.goto(built.url(ARGUE(essay.id)));
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of a long answer.`).join('\n');
    await page.locator('#field-thesis-answer').fill(long);
    await page.emulateMedia({ media: 'print' });
    const report = await page.evaluate(() => ({
      prompts: [...document.querySelectorAll('.ws-prompt h2')].filter((element) => element.checkVisibility()).length,
      buttons: [...document.querySelectorAll('button, input[type="file"]')].filter((element) => element.checkVisibility()).length,
      answer: [...document.querySelectorAll<HTMLElement>('[data-print-for="thesis-answer"]')].filter((element) => element.checkVisibility()).map((element) => element.innerText).join(''),
    }));
    assert.ok(report.prompts >= 3, `${report.prompts} prompts print`);
    assert.equal(report.buttons, 0, 'buttons would print');
    assert.ok(report.answer.includes('Line 40 of a long answer.'), 'the whole answer does not print');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.byteLength > 1000);
    await context.close();
  });

  test('without JavaScript shows the prompts and the fields to print blank, and hides or explains what needs scripts', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const requests = watchRequests(context);
    const page = await context.newPage();
    for (const essay of built.graph.essays) {
      await page.goto(built.url(ARGUE(essay.id)));
      assert.ok((await page.locator('.ws-prompt h2').count()) >= 3);
      assert.ok(await page.locator('.ws-prompt h2').first().isVisible());
      assert.ok(await page.locator('textarea').first().isVisible());
      assert.equal(await page.getByRole('button', { name: 'Export as Markdown' }).isVisible(), false);
      assert.ok(await page.getByText('saving, export and import need JavaScript').isVisible());
    }
    assert.deepEqual(requests, { foreign: [], posted: [] });
    await context.close();
  });

  test('"Map it yourself" shows the site’s reading only after the student has answered', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const links = await worksheetLinks(page);
    await page.goto(links.map![0]!);
    const reading = page.locator('[data-reading]');
    assert.equal(await reading.isVisible(), false);
    await page.getByRole('button', { name: 'Compare with the site’s reading' }).click();
    assert.equal(await reading.isVisible(), false, 'shown before any answer');
    await announced(page.locator('[data-ws-error]'), /first/);
    await page.locator('#field-claims-answer').fill('1. A claim');
    await page.locator('#field-relations-answer').fill('2 supports 1');
    await page.getByRole('button', { name: 'Compare with the site’s reading' }).click();
    assert.equal(await reading.isVisible(), true);
    assert.ok((await reading.locator('a[data-claim-link]').count()) >= 2);
    await context.close();
  });
});

/** The page says, before anything is typed, that answers stay in this browser. */
async function expectSavedNotice(page: Page): Promise<void> {
  assert.ok(await page.getByText('Saved in this browser only').first().isVisible());
}
