import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate, siteDate, slashDate } from '../../../src/words/iso-date.ts';

describe('parseIsoDate', () => {
  test('keeps the precision it is given', () => {
    assert.deepEqual(parseIsoDate('2022'), { year: 2022 });
    assert.deepEqual(parseIsoDate('2022-11'), { year: 2022, month: 11 });
    assert.deepEqual(parseIsoDate('2022-07-29'), { year: 2022, month: 7, day: 29 });
  });

  test('rejects anything else', () => {
    assert.throws(() => parseIsoDate('29/07/2022'), /not an ISO date/);
  });

  test('formats at that precision for Highwire/RIS and the site', () => {
    assert.deepEqual(['2022', '2022-11', '2022-07-29'].map((iso) => slashDate(parseIsoDate(iso))), ['2022', '2022/11', '2022/07/29']);
    assert.deepEqual(['2022', '2022-11', '2022-12-22', '2022-01-01'].map((iso) => siteDate(parseIsoDate(iso))), ['2022', 'November 2022', '22 December 2022', '1 January 2022']);
  });
});
