/**
 * `npm run new-essay` on captures an instructor might give it: each refused with its fix, or taken with a
 * note saying what was changed. Runs the script on a copy of the good fixture content (CONTENT_DIR).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/project-copy.ts';
import { GOOD } from '../../helpers/content.ts';
import { runScript } from '../../helpers/run-script.ts';

describe('npm run new-essay on odd captures', () => {
  let dir: string;
  let content: string;
  const run = (...args: string[]) => {
    const result = runScript(process.execPath, [join(ROOT, 'scripts/new-essay.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, INIT_CWD: dir } });
    assert.doesNotMatch(`${result.stdout}${result.stderr}`, /^\s+at /m, 'no stack trace');
    return { status: result.status, out: result.stdout.trim().split('\n'), err: result.stderr.trim() };
  };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'new-essay-'));
    content = join(dir, 'content');
    await cp(GOOD, content, { recursive: true });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('refuses an empty capture, one all chrome, and a binary one, each with the fix', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'chrome.txt'), 'Website\nLog Out /\n4 min read\nLeave a Reply\n');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    assert.deepEqual(run('empty.txt'), { status: 1, out: [''], err: 'empty.txt:1:1: error: the capture is empty (0 bytes): open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)' });
    assert.deepEqual(run('chrome.txt'), { status: 1, out: [''], err: 'chrome.txt:1:1: error: every line of the capture looks like page chrome (4 lines: "Website", "Log Out /", "4 min read", …), so the essay would have no body: capture the page again with the essay\'s text' });
    assert.deepEqual(run('binary.txt'), { status: 1, out: [''], err: 'binary.txt:1:1: error: the capture is a PNG image, not text: open the page in a browser, select the essay and its comments, and save them as plain text (.txt, UTF-8)' });
  });

  test('refuses an id holding a path, and one taken', async () => {
    await writeFile(join(dir, 'words.txt'), 'Talks now.\nMore words.\n');
    assert.equal(run('words.txt', '--id', '../escape').err, 'new-essay: essay id "../escape" holds "/", "\\" or "..": an id names one file in essays/, not a path; use lower-case letters, digits and single hyphens (--id why-putin-fights)');
    assert.equal(run('words.txt', '--id', 'a/b').status, 1);
    assert.match(run('words.txt', '--id', 'gamma').err, /essays\/gamma\.md exists already; choose another id with --id <essay-id>$/);
  });

  test('takes a path with spaces, saving the capture under a name the build accepts, and says so', async () => {
    await writeFile(join(dir, 'my capture (final).txt'), 'Talking Is Testing\nWebsite design is politics.\nWe should talk.\n');
    const result = run('my capture (final).txt');
    assert.equal(result.status, 0, result.err);
    assert.ok(result.out.includes('new-essay: note: saved as "my-capture-final.txt", not "my capture (final).txt": a capture\'s name holds only letters, digits, ".", "_" and "-"'), result.out.join('\n'));
    assert.ok(result.out.some((line) => line.includes('my capture (final).txt:2: "Website design is politics." (starts with "Website")')), result.out.join('\n'));
    const essay = await readFile(join(content, 'essays/talking-is-testing.md'), 'utf8');
    assert.match(essay, /^Website design is politics\.$/m);
    assert.match(essay, /^sources: \["my-capture-final\.txt"\]$/m);
  });

  test('converts a UTF-16 capture to UTF-8 with a note', async () => {
    await writeFile(join(dir, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide Words\nTalks “now”.\n', 'utf16le')]));
    const result = run('wide.txt', '--id', 'wide-words');
    assert.equal(result.status, 0, result.err);
    assert.ok(result.out.includes('new-essay: note: the capture was UTF-16LE with a byte-order mark; it is saved in sources/ as UTF-8, the same characters'));
    assert.equal(await readFile(join(content, 'sources/wide.txt'), 'utf8'), 'Wide Words\nTalks “now”.\n');
  });
});
