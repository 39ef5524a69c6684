import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { copyProject, ROOT, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/serve.ts';
import { distPages, type DistPage } from '../helpers/dist.ts';
import { CLAIM_ID_MAX_LENGTH } from '../../src/schemas/claim.ts';
import { HOSTILE, HOSTILE_LONG_ID, kebabId, writeHostileEssay } from '../helpers/course-additions.ts';
import { COURSE, sharedBuild } from '../helpers/shared-build.ts';

// The hostile essay is built into the course copy (tests/helpers/course-additions.ts), beside the real
// essays, under SITE and BASE; the rejected id is tried on the small fixture, where the build stops at its graph step.
const ESSAY_ID = HOSTILE.essay;
const { BASE } = COURSE;

describe('hostile content', () => {
  let copy: ProjectCopy;
  let rejected: ReturnType<ProjectCopy['run']>;
  let leftAfterRejection: string[];
  let browser: Browser;
  let site: StaticSite;
  let pages: DistPage[];
  const longId = HOSTILE_LONG_ID;

  before(async () => {
    copy = await copyProject({ content: join(ROOT, 'tests/fixtures/good') });
    await writeHostileEssay(copy, kebabId(300));
    rejected = copy.run('build', { CONTENT_DIR: 'content' });
    leftAfterRejection = (await readdir(copy.dir)).filter((name) => name === 'dist' || name.startsWith('.dist-'));
    const dist = await sharedBuild(COURSE);
    pages = (await distPages(dist)).filter((page) => page.html.includes('hostile'));
    [browser, site] = await Promise.all([launchBrowser(), serveSite(dist, BASE)]);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await copy?.dispose();
  });
  test('a 300-character claim id fails the build with file:line and the limit, leaving no dist/', async () => {
    assert.notEqual(rejected.status, 0);
    assert.match(
      rejected.stderr,
      new RegExp(`essays/${ESSAY_ID}\\.md:\\d+:\\d+: error: claim id "hostile-long-id[^"]*…" is 300 characters long: .*${CLAIM_ID_MAX_LENGTH} characters at most`),
    );
    assert.match(rejected.stderr, /FAILED at step "build:graph"/);
    // The failed build ran first in a fresh copy: it may leave neither dist/ nor a staging folder.
    assert.deepEqual(leftAfterRejection, []);
  });

  test('no built page carries a live script, handler, frame or javascript: URL from the essay', () => {
    assert.ok(pages.length > 0, 'no built page mentions the hostile essay');
    const live: string[] = [];
    for (const page of pages) {
      page.$('script').each((_, element) => {
        const text = page.$(element).html() ?? '';
        const type = page.$(element).attr('type') ?? '';
        if (/json/i.test(type)) {
          // A data block (JSON-LD) may carry the essay's words, escaped: it must parse, and nothing in
          // it may end the <script> early.
          if (/<\/script|<!--/i.test(text)) live.push(`${page.file}: <script type="${type}"> with an unescaped </script or <!--`);
          try {
            JSON.parse(text);
          } catch {
            live.push(`${page.file}: <script type="${type}"> is not valid JSON`);
          }
        } else if (text.includes('__pwned')) {
          live.push(`${page.file}: <script> with __pwned`);
        }
      });
      page.$('iframe, object, embed, img[src="x"]').each((_, element) => {
        live.push(`${page.file}: <${'name' in element ? element.name : '?'}>`);
      });
      page.$('*').each((_, element) => {
        if (!('attribs' in element)) return;
        for (const [name, value] of Object.entries(element.attribs)) {
          if (/^on/i.test(name)) live.push(`${page.file}: ${name}="${value}"`);
          if (/^(href|src|action|formaction)$/i.test(name) && /^(javascript|data|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
            live.push(`${page.file}: ${name}="${value}"`);
          }
        }
      });
    }
    assert.deepEqual(live, []);
  });

  test('raw HTML in the essay is shown as text, words kept', () => {
    const essay = pages.find((page) => page.path === `/essays/${ESSAY_ID}/`);
    assert.ok(essay, `no /essays/${ESSAY_ID}/ page`);
    const text = essay.$('main').text();
    assert.ok(text.includes('<script>window.__pwned = "inline"; alert("inline")</script>'), 'the inline <script> is not shown as text');
    assert.ok(text.includes('<div onclick="window.__pwned = \'div\'">'), 'the raw <div> is not shown as text');
    assert.ok(text.includes('Talks </script><script>window.__pwned = "claim"</script> will fail'), 'the claim’s words are not kept verbatim');
    assert.ok(text.includes('‮txet desrever‬') && text.includes('a​b‌c‍d⁠e﻿f'), 'right-to-left or zero-width characters were lost');
    assert.equal(essay.$(`#${longId}`).length, 1, 'the long-id claim has no anchor');
  });

  for (const [name, path] of [
    ['essay page', `/essays/${ESSAY_ID}/`],
    ['thesis claim page', `/claims/${HOSTILE.thesis}/`],
    ['long-id claim page', `/claims/${longId}/`],
    ['map focused on the thesis', `/map/#${HOSTILE.thesis}`],
  ] as const) {
    test(`${name}: no script of the essay runs in Chromium, and nothing scrolls sideways at 360 px`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const navigations: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`));
      });
      try {
        const response = await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'load' });
        assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) navigations.push(frame.url());
        });
        // Give any timer or late handler a chance to fire, then hover and click through the essay's text.
        await page.mouse.move(100, 200);
        await page.waitForTimeout(300);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          cspViolations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
          overflow: Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
        }));
        assert.deepEqual(
          { ...state, dialogs, navigations: navigations.filter((url) => !url.startsWith(new URL(path.slice(1), site.url).href.split('#')[0]!)) },
          { pwned: null, cspViolations: [], overflow: 0, dialogs: [], navigations: [] },
        );
      } finally {
        await context.close();
      }
    });
  }
});

