/**
 * Appends the site-wide Content-Security-Policy header to `$OUT_DIR/_headers` (Astro copied it from
 * `public/_headers`): the union of the policies in every page's <meta http-equiv> plus
 * `frame-ancestors 'none'`. Runs after `build:site`.
 *
 * Usage: node scripts/build-headers.ts     (OUT_DIR defaults to dist)
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { unionPolicy } from '../src/security/header-policy.ts';
import { runScript } from './lib/error-boundary.ts';

const out = resolve(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');

async function main(): Promise<number> {
  const pages = (await readdir(out, { recursive: true })).filter((path) => path.endsWith('.html'));
  const policies: string[] = [];
  for (const page of pages) {
    const $ = cheerio.load(await readFile(join(out, page), 'utf8'));
    const policy = $('meta[http-equiv="content-security-policy" i]').attr('content');
    if (!policy) {
      console.error(`${page}: error: no <meta http-equiv="content-security-policy">; is security.csp on in astro.config.mjs?`);
      return 1;
    }
    policies.push(policy);
  }
  const header = unionPolicy(policies, ["frame-ancestors 'none'"]);
  const file = join(out, '_headers');
  const existing = await readFile(file, 'utf8').catch(() => '/*\n');
  if (!/^\/\*\s*$/m.test(existing)) {
    console.error(`${file}: error: no "/*" block to add the Content-Security-Policy to`);
    return 1;
  }
  // The CSP goes right under the "/*" line, with the block's other headers.
  await writeFile(file, existing.replace(/^\/\*\s*$/m, `/*\n  Content-Security-Policy: ${header}`));
  console.log(`build-headers: Content-Security-Policy from ${pages.length} pages -> ${file}`);
  return 0;
}

await runScript('build-headers', main);
