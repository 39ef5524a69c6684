import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWorksheetMarkdown, toWorksheetMarkdown } from '../../../src/teach/worksheet-markdown.ts';
import type { WorksheetData } from '../../../src/teach/worksheet-data.ts';

const data: WorksheetData = {
  id: 'argue-as-x',
  title: 'Argue as X “Y”',
  version: 1,
  essays: [{ author: 'X', title: 'An essay', outlet: 'Outlet', published: '1 May 2022' }],
  prompts: [
    { id: 'thesis', n: 1, text: 'State the thesis.', claims: [{ id: 'x-t', label: 'The thesis', href: '/essays/x/#x-t' }], fields: [{ kind: 'text', id: 'thesis-answer', label: 'Your answer' }] },
    { id: 'reasons', n: 2, text: 'Pick two.', claims: [], fields: [
      { kind: 'choices', id: 'reasons-picked', label: 'Tick two', pick: 2, options: [{ id: 'x-a', label: 'A (with parentheses)' }, { id: 'x-b', label: 'B' }, { id: 'x-c', label: 'C' }] },
      { kind: 'text', id: 'reasons-why', label: 'Why' },
    ] },
  ],
};
const place = { url: 'https://site.example/teach/worksheets/argue-as-x/', date: '7 December 2026', resolve: (href: string) => `https://site.example${href}` };

describe('toWorksheetMarkdown', () => {
  test('holds the name, the date, the prompts with their claims, the answers and the citation', () => {
    const text = toWorksheetMarkdown(data, { name: 'Ada', fields: { 'thesis-answer': 'Talks test him.', 'reasons-picked': ['x-b'] } }, place);
    for (const part of ['# Argue as X “Y”', 'Ada', '7 December 2026', '## 1. State the thesis.', '<https://site.example/essays/x/#x-t>', '> Talks test him.', '- [x] B (claim: x-b)', '- [ ] C (claim: x-c)', 'https://site.example/teach/worksheets/argue-as-x/', 'X. “An essay.” Outlet, 1 May 2022.']) {
      assert.ok(text.includes(part), `missing ${part}`);
    }
  });
});

describe('parseWorksheetMarkdown', () => {
  const answers = {
    name: 'Zoë “Z” O’Neill',
    fields: {
      'thesis-answer': 'Line one\n\n> a quote inside\n<!-- /answer -->\n  indented # { } ~ = : \\ end',
      'reasons-picked': ['x-a', 'x-c'],
      'reasons-why': '',
    },
  };

  test('reads back exactly what was exported, even text that looks like the file’s own markers', () => {
    const parsed = parseWorksheetMarkdown(toWorksheetMarkdown(data, answers, place), data);
    assert.deepEqual(parsed, { ok: true, answers });
  });

  test('survives what editors do: a byte-order mark, Windows line ends, trailing spaces, quote marks dropped', () => {
    const text = `\uFEFF${toWorksheetMarkdown(data, answers, place).replace('> Line one', 'Line one').split('\n').map((line) => `${line}  `).join('\r\n')}`;
    const parsed = parseWorksheetMarkdown(text, data);
    assert.ok(parsed.ok);
    assert.equal(parsed.answers.fields['thesis-answer'], answers.fields['thesis-answer'].replace(/[ ]+$/gm, ''));
    assert.deepEqual(parsed.answers.fields['reasons-picked'], ['x-a', 'x-c']);
  });

  test('rejects a file that is not an export, saying what to choose instead', () => {
    for (const text of ['', '   \n', '# My notes\n\nSome text', '<!-- answer thesis-answer -->\n> hi\n<!-- /answer -->']) {
      const parsed = parseWorksheetMarkdown(text, data);
      assert.equal(parsed.ok, false);
      assert.match(!parsed.ok ? parsed.error : '', /export|empty/i);
    }
  });

  test('rejects the export of another worksheet, naming it', () => {
    const other = toWorksheetMarkdown({ ...data, id: 'map-it-y', title: 'Map it yourself: Y' }, answers, place);
    const parsed = parseWorksheetMarkdown(other, data);
    assert.deepEqual(parsed, { ok: false, error: 'That file is the export of another worksheet (“Map it yourself: Y”). Open that worksheet’s page and import it there.' });
  });

  test('rejects a damaged file whose answer never closes, with the line', () => {
    const text = toWorksheetMarkdown(data, answers, place).replace(/<!-- \/answer -->(?![\s\S]*<!-- \/answer -->)/, '');
    const parsed = parseWorksheetMarkdown(text, data);
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.error : '', /line \d+ never closes/);
  });

  test('rejects a file from a newer format', () => {
    const text = toWorksheetMarkdown({ ...data, version: 99 }, answers, place);
    assert.equal(parseWorksheetMarkdown(text, data).ok, false);
  });

  test('ignores ticks of claims the worksheet does not offer and answers to fields it no longer has', () => {
    const text = toWorksheetMarkdown(data, answers, place)
      .replace('- [ ] B (claim: x-b)', '- [x] B (claim: x-b)\n- [x] Gone (claim: x-gone)')
      .replace('<!-- answer reasons-why -->', '<!-- answer old-field -->\n> old\n<!-- /answer -->\n<!-- answer reasons-why -->');
    const parsed = parseWorksheetMarkdown(text, data);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.answers.fields['reasons-picked'], ['x-a', 'x-b', 'x-c']);
    assert.ok(!('old-field' in parsed.answers.fields));
  });
});
