import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serializeJsonLd } from '../../../src/formats/serialize-json-ld.ts';

describe('serializeJsonLd', () => {
  const data = { text: 'a </script><script>alert(1)</script> <!-- & \u2028 end', n: 1 };

  test('escapes <, > and & so content cannot close the script element', () => {
    const json = serializeJsonLd(data);
    assert.doesNotMatch(json, /[<>&\u2028]/);
    assert.match(json, /\\u003c\/script\\u003e/);
  });

  test('parses back to the same value', () => {
    assert.deepEqual(JSON.parse(serializeJsonLd(data)), data);
  });
});
