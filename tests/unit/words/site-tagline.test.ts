import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteTagline } from '../../../src/words/site-tagline.ts';

describe('siteTagline', () => {
  test('says how many essays the site maps, from the count it is given', () => {
    assert.equal(siteTagline(4), 'four essays on negotiating with Russia over the war in Ukraine, mapped claim by claim');
    assert.match(siteTagline(200), /^200 essays /);
    assert.match(siteTagline(1), /^one essay on /);
  });
});
