import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy, unionPolicy } from '../../../src/security/header-policy.ts';

describe('parsePolicy', () => {
  test('splits directives and their sources', () => {
    assert.deepEqual(parsePolicy("default-src 'self';img-src 'self' data:; "), [
      { name: 'default-src', sources: ["'self'"] },
      { name: 'img-src', sources: ["'self'", 'data:'] },
    ]);
  });
});

describe('unionPolicy', () => {
  test('merges the sources of every page and adds header-only directives', () => {
    const policy = unionPolicy(
      ["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b' 'wasm-unsafe-eval'"],
      ["frame-ancestors 'none'"],
    );
    assert.equal(policy, "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'; frame-ancestors 'none'");
  });
});
