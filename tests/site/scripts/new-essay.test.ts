import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { copyProject, ROOT, type ProjectCopy } from '../../../scripts/lib/project-copy.ts';
import { NEW_ESSAY, fillDraft } from '../../helpers/course-additions.ts';
import { COURSE, sharedBuild } from '../../helpers/shared-build.ts';

// Drafted in a copy of the small fixture content (the script does not care what else is there); the
// course copy (shared-build.ts) drafts and fills the same essay the same way and builds it with the rest.
const CAPTURE = NEW_ESSAY.capture;
const ESSAY = `content/${NEW_ESSAY.file}`;
const FILLED = NEW_ESSAY.filled;

describe('npm run new-essay', () => {
  let copy: ProjectCopy;
  before(async () => {
    copy = await copyProject({ content: join(ROOT, 'tests/fixtures/good') });
  });
  after(() => copy?.dispose());

  test('drafts an essay from a capture: the capture copied, every body line a paragraph, chrome proposed', async () => {
    const run = copy.run('new-essay', { CONTENT_DIR: 'content' }, ['--', CAPTURE]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(await readFile(join(copy.dir, 'content/sources/example-capture.txt')), await readFile(CAPTURE));
    const draft = await readFile(join(copy.dir, ESSAY), 'utf8');
    for (const field of Object.keys(FILLED)) assert.match(draft, new RegExp(`^${field}: "FILL IN: `, 'm'), field);
    assert.match(draft, /^\\# Its second paragraph starts with a hash/m, 'a leading "#" is escaped, so it stays text');
    assert.match(draft, /^1\\\. A numbered line/m);
    const captures = JSON.parse(await readFile(join(copy.dir, 'content/captures.json'), 'utf8')) as { captures: Array<{ file: string; essay: string; lines: Array<{ text: string; as: string }> }> };
    // The records already there are left as written (their keys in their own order), only one is added.
    const before = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/good/captures.json'), 'utf8')) as { captures: unknown[] };
    assert.equal(JSON.stringify(captures.captures.slice(0, -1), null, 2), JSON.stringify(before.captures, null, 2));
    const record = captures.captures.find((candidate) => candidate.file === 'example-capture.txt');
    assert.equal(record?.essay, NEW_ESSAY.id);
    assert.deepEqual(record?.lines.map((line) => [line.text, line.as]), [
      ['4 min read', 'chrome'], ['Photo Credit: Example Agency', 'chrome'], ['--', 'chrome'], ['Liked by 2 people', 'chrome'], ['Leave a Reply', 'chrome'],
    ]);
  });

  test('build:graph then lists each field left to fill in, at its line', () => {
    const run = copy.run('build:graph', { CONTENT_DIR: 'content' });
    assert.equal(run.status, 1);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith(ESSAY));
    assert.deepEqual(
      lines.filter((line) => line.includes('is still to be filled in')).map((line) => /^[^:]+:(\d+):1: error: frontmatter field "(\w+)"/.exec(line)?.slice(1, 3).join(' ')),
      ['5 title', '6 author', '7 authorBasis', '8 outlet', '9 published', '11 stance', '13 summary'],
    );
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  });

  test('build:graph accepts the essay once only its frontmatter is filled in, with a warning that no claim is marked yet', async () => {
    const draft = await readFile(join(copy.dir, ESSAY), 'utf8');
    const filled = fillDraft(draft);
    assert.doesNotMatch(filled, /"FILL IN:/);
    const fields = /^(?:title|author|authorBasis|outlet|published|stance|summary): .*$/gm;
    assert.equal(filled.replace(fields, ''), draft.replace(fields, ''), 'only frontmatter values changed');
    await copy.write(ESSAY, filled);
    const run = copy.run('build:graph', { CONTENT_DIR: 'content' });
    assert.equal(run.status, 0, run.stderr.slice(-3000));
    assert.match(run.stderr, new RegExp(`${NEW_ESSAY.id}\\.md:1:1: warning: essay "${NEW_ESSAY.id}" has no claims marked yet`));
  });

  test('npm run build makes its page: the words as text, the chrome left out (the course copy, built with it)', async () => {
    const dist = await sharedBuild(COURSE);
    const $ = cheerio.load(await readFile(join(dist, `essays/${NEW_ESSAY.id}/index.html`), 'utf8'));
    const text = $('main').text().replace(/\s+/g, ' ');
    assert.match(text, /# Its second paragraph starts with a hash, which must stay text\./);
    assert.match(text, /At 10:30 on the day of the call, the offer could be made: \*talk\*, test intentions/);
    assert.doesNotMatch(text, /Liked by 2 people|Leave a Reply/);
    assert.ok((await readdir(join(dist, 'essays'))).includes(NEW_ESSAY.id));
  });
});
