import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { qrCodeSvg } from '../../../src/formats/qr-code.ts';

describe('qrCodeSvg', () => {
  test('writes an SVG of paths with no style and no fixed size, hidden from assistive technology', async () => {
    const svg = await qrCodeSvg('https://example.org/course/essays/why-putin-fights/');
    assert.match(svg, /^<svg aria-hidden="true" focusable="false" class="qr-code" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    assert.doesNotMatch(svg, /style|width=|height=/);
    assert.match(svg, /<path [^>]*d="M/);
  });

  test('grows with the address it encodes', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    assert.ok(size(await qrCodeSvg(`https://example.org/${'x'.repeat(200)}/`)) > size(await qrCodeSvg('https://example.org/')));
  });
});
