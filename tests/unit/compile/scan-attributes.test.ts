import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scanAttributes } from '../../../src/compile/scan-attributes.ts';

const scan = (source: string, multiline = true) => scanAttributes(source, source.indexOf('{'), multiline);

describe('scanAttributes', () => {
  test('reads every attribute in order, repeats included, as remark-directive does not', () => {
    const result = scan('{#x-y kind=evidence kind=reason supports="a b" .c bare}');
    assert.ok(result.ok);
    assert.deepEqual(result.attributes.map(({ name, value }) => [name, value]), [['id', 'x-y'], ['kind', 'evidence'], ['kind', 'reason'], ['supports', 'a b'], ['class', 'c'], ['bare', '']]);
  });

  test('names the quote that ends a value early', () => {
    const source = '{author="Ruth "R" D"}';
    const result = scan(source, false);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.error, { kind: 'stray-quote', offset: source.indexOf('"', 9), quote: '"', after: { name: 'author', value: 'Ruth ', offset: 1 } });
  });

  test('names an unclosed quote, an unclosed brace and a bad id', () => {
    const quote = scan('{#x supports="y} b');
    assert.deepEqual(!quote.ok && quote.error, { kind: 'unclosed-quote', offset: 13, name: 'supports', quote: '"' });
    const brace = scan('{#x kind=reason b\n\nnext');
    assert.deepEqual(!brace.ok && brace.error, { kind: 'unclosed-brace', offset: 0 });
    const id = scan('{#da..peace kind=reason}');
    assert.deepEqual(!id.ok && id.error, { kind: 'bad-shortcut', offset: 1, token: '#da..peace', char: '.' });
  });
});
