import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { DIST, distPages } from '../../helpers/dist.ts';
import { runScript } from '../../helpers/run-script.ts';

/** The Nu HTML Checker's jar, as the vnu-jar package ships it. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of vnu's `--format json` output. */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Errors of vnu's bundled CSS validator about standard CSS it does not know yet; each names the spec.
 * `shape-outside`: CSS Shapes Module Level 1 (W3C Candidate Recommendation; in every engine), which
 * the handout's margin numbers use (src/styles/handout.css).
 */
const VNU_CSS_GAPS = [/^CSS: “shape-outside”: Property “shape-outside” doesn't exist\.$/];

describe('Nu HTML Checker', () => {
  test('finds no errors in any HTML page of dist/', async () => {
    const pages = await distPages();
    // Throws when java cannot run (install a JRE: bash .ci/run does).
    const result = runScript('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr.
    const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error')
      .filter((message) => !VNU_CSS_GAPS.some((gap) => gap.test(message.message)))
      .map((message) => `${message.url ? relative(DIST, new URL(message.url).pathname) : '?'}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}: ${message.message}${message.extract ? `  «${message.extract.trim()}»` : ''}`);
    assert.deepEqual(errors, []);
    // vnu exits 1 on any error, the known CSS gaps above included: then every message it gave must be one of those.
    const onlyGaps = result.status === 1 && report.messages.length > 0 && report.messages.every((message) => VNU_CSS_GAPS.some((gap) => gap.test(message.message)));
    assert.ok(result.status === 0 || onlyGaps, `vnu exited ${result.status} checking ${pages.length} pages`);
  });
});
