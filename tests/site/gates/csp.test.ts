import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distPages, DIST, type DistPage } from '../../helpers/dist.ts';
import { parsePolicy } from '../../../src/security/header-policy.ts';
import { CSP_DIRECTIVES } from '../../../src/security/csp-directives.ts';

/** The only page that runs Pagefind's WebAssembly. */
const SEARCH_PAGE = '/search/';

let pages: DistPage[];
before(async () => {
  pages = await distPages();
});

function policyOf(page: DistPage): string {
  const policy = page.$('meta[http-equiv="content-security-policy" i]').attr('content');
  assert.ok(policy, `${page.file}: no <meta http-equiv="content-security-policy">`);
  return policy;
}

function sourcesOf(policy: string, name: string): string[] {
  return parsePolicy(policy).find((directive) => directive.name === name)?.sources ?? [];
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe('Content Security Policy', () => {
  test('every page has a CSP <meta> with the site directives and no unsafe-inline or unsafe-eval', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const policy = policyOf(page);
      if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/.test(policy)) failures.push(`${page.file}: ${policy}`);
      for (const directive of CSP_DIRECTIVES) {
        if (!policy.includes(directive)) failures.push(`${page.file}: missing "${directive}"`);
      }
      if (!sourcesOf(policy, 'script-src').includes("'self'")) failures.push(`${page.file}: script-src without 'self'`);
    }
    assert.deepEqual(failures, []);
  });

  test("the search page, and only it, allows 'wasm-unsafe-eval'", () => {
    const withWasm = pages.filter((page) => sourcesOf(policyOf(page), 'script-src').includes("'wasm-unsafe-eval'")).map((page) => page.path);
    assert.deepEqual(withWasm, [SEARCH_PAGE]);
  });

  test('every inline <script> and <style> is hashed in its page’s policy', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const policy = policyOf(page);
      const scriptSources = [...sourcesOf(policy, 'script-src'), ...sourcesOf(policy, 'script-src-elem')];
      const styleSources = [...sourcesOf(policy, 'style-src'), ...sourcesOf(policy, 'style-src-elem')];
      page.$('script:not([src])').each((_, element) => {
        const type = page.$(element).attr('type');
        // Data blocks (JSON-LD, JSON) are never executed, so CSP does not apply to them.
        if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) return;
        const hash = sha256(page.$(element).html() ?? '');
        if (!scriptSources.includes(hash)) failures.push(`${page.file}: inline script ${hash} not in script-src`);
      });
      page.$('style').each((_, element) => {
        const hash = sha256(page.$(element).html() ?? '');
        if (!styleSources.includes(hash)) failures.push(`${page.file}: inline style ${hash} not in style-src`);
      });
    }
    assert.deepEqual(failures, []);
  });

  test('no page has an inline on* event handler, a style attribute or a javascript: URL', () => {
    const failures: string[] = [];
    for (const page of pages) {
      page.$('*').each((_, element) => {
        if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') return;
        for (const [name, value] of Object.entries(element.attribs)) {
          if (/^on/i.test(name)) failures.push(`${page.file}: <${element.name} ${name}="${value}">`);
          if (name.toLowerCase() === 'style') failures.push(`${page.file}: <${element.name} style="${value}">`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value.replace(/[\u0000-\u001f]/g, ''))) {
            failures.push(`${page.file}: <${element.name} ${name}="${value}">`);
          }
        }
      });
    }
    assert.deepEqual(failures, []);
  });

  test('every link to another origin has rel="noopener noreferrer"', () => {
    const failures: string[] = [];
    for (const page of pages) {
      page.$('a[href], area[href]').each((_, element) => {
        const href = page.$(element).attr('href') ?? '';
        const url = new URL(href, `http://site.invalid${page.path}`);
        if (url.origin === 'http://site.invalid' || !/^https?:$/.test(url.protocol)) return;
        const rel = (page.$(element).attr('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) failures.push(`${page.file}: <a href="${href}" rel="${rel.join(' ')}">`);
      });
    }
    assert.deepEqual(failures, []);
  });
});

describe('_headers', () => {
  let headers: string;
  before(async () => {
    headers = await readFile(join(DIST, '_headers'), 'utf8');
  });

  function header(name: string): string {
    const line = headers.split('\n').find((text) => text.trim().toLowerCase().startsWith(`${name.toLowerCase()}:`));
    assert.ok(line, `dist/_headers has no ${name}`);
    return line.slice(line.indexOf(':') + 1).trim();
  }

  test('sends nosniff, a referrer policy, a permissions policy and forbids framing', () => {
    assert.match(headers, /^\/\*$/m);
    assert.equal(header('X-Content-Type-Options'), 'nosniff');
    assert.equal(header('Referrer-Policy'), 'strict-origin-when-cross-origin');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'interest-cohort=()']) {
      assert.ok(header('Permissions-Policy').includes(feature), `Permissions-Policy lacks ${feature}`);
    }
    assert.deepEqual(sourcesOf(header('Content-Security-Policy'), 'frame-ancestors'), ["'none'"]);
  });

  test('the CSP header allows everything each page’s <meta> allows, and nothing unsafe-inline', () => {
    const policy = header('Content-Security-Policy');
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    for (const directive of CSP_DIRECTIVES) assert.ok(policy.includes(directive), `header lacks "${directive}"`);
    const missing: string[] = [];
    for (const page of pages) {
      for (const { name, sources } of parsePolicy(policyOf(page))) {
        for (const source of sources) if (!sourcesOf(policy, name).includes(source)) missing.push(`${page.file}: ${name} ${source}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
