import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { astroCode, longFunctions } from '../../../../scripts/check/long-functions.ts';

const body = (lines: number) => Array.from({ length: lines }, (_, index) => `  const v${index} = ${index};`).join('\n');

describe('longFunctions', () => {
  test('finds a function longer than the limit, counting from its first line to its last', () => {
    const text = `export function short() {\n${body(3)}\n}\n\nexport function long() {\n${body(79)}\n}\n`;
    assert.deepEqual(longFunctions('a.ts', text, 80), [{ file: 'a.ts', name: 'long', line: 7, lines: 81 }]);
  });

  test('counts nested functions in their parent, and names arrows by their variable', () => {
    const text = `const outer = () => {\n  const inner = () => {\n${body(40)}\n  };\n${body(40)}\n};\n`;
    assert.deepEqual(longFunctions('a.ts', text, 80).map((one) => one.name), ['outer']);
  });

  test('accepts a function of exactly the limit', () => {
    assert.deepEqual(longFunctions('a.ts', `function f() {\n${body(78)}\n}\n`, 80), []);
  });
});

describe('astroCode', () => {
  test('finds the frontmatter and the scripts of an .astro file, with the lines they start on', () => {
    const parts = astroCode('---\nconst a = 1;\n---\n<p>x</p>\n<script>\nconst b = 2;\n</script>\n');
    assert.deepEqual(parts.map((part) => [part.code.trim(), part.firstLine]), [['const a = 1;', 2], ['const b = 2;', 5]]);
  });
});
