/**
 * HTML_CodeSniffer, the second accessibility judge beside axe, run inside a page the browser gates
 * already have open (it replaces pa11y, which drove it through a second browser driver, puppeteer).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** The standard the site is held to. */
export const HTMLCS_STANDARD = 'WCAG2AA';

const source = readFile(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/**
 * Makes HTML_CodeSniffer part of every page `context` opens from now on. An init script runs
 * outside the page's CSP, as a script evaluated through the DevTools protocol does, and costs far
 * less: evaluated that way, axe's 650 KB took 535–885 ms a page here (gates.test.ts gives it the same way).
 */
export async function installHtmlcs(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: await source });
}

/** One HTML_CodeSniffer error: its rule code, the element it points at and the message. */
export interface HtmlcsError {
  /** The rule, e.g. `WCAG2AA.Principle1.Guideline1_3.1_3_1.H44.NonExistent`. */
  code: string;
  /** The element's tag, id and classes, to find it. */
  element: string;
  /** What is wrong. */
  message: string;
}

/**
 * Runs HTML_CodeSniffer with the WCAG2AA standard over `page` as it stands (bring it into the state
 * to judge first; its context must have had {@link installHtmlcs}) and returns its errors; warnings
 * and notices are left out, as the gate did with pa11y.
 */
export async function htmlcsErrors(page: Page): Promise<HtmlcsError[]> {
  return page.evaluate((standard) => new Promise<HtmlcsError[]>((done, fail) => {
    interface Message { type: number; code: string; msg: string; element: Element | Document }
    const htmlcs = (window as unknown as { HTMLCS?: { process(standard: string, root: Document, callback: (error?: unknown) => void): void; getMessages(): Message[] } }).HTMLCS;
    if (!htmlcs) return fail(new Error('HTML_CodeSniffer is not in this page: call installHtmlcs(context) before the page is opened'));
    const describe = (element: Element | Document) => ('tagName' in element
      ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`
      : 'document');
    htmlcs.process(standard, document, (error) => {
      if (error) return fail(error);
      // Type 1 is an error (2 a warning, 3 a notice).
      done(htmlcs.getMessages().filter((message) => message.type === 1).map((message) => ({ code: message.code, element: describe(message.element), message: message.msg })));
    });
  }), HTMLCS_STANDARD);
}
