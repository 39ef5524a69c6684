/**
 * `npm run new-essay -- <capture.txt> [--id <essay-id>]`: the first of three commands to add an essay.
 *
 * 1. Copies the capture, byte for byte, into `content/sources/` (an identical copy there is fine; a
 *    different file of the same name is an error).
 * 2. Writes `content/essays/<id>.md`: frontmatter fields marked "FILL IN:" and every line of the
 *    capture as a verbatim paragraph, except the lines that look like page chrome.
 * 3. Adds those chrome lines to `content/captures.json` as proposals (`"as": "chrome"`, with why),
 *    to be checked by a person: a line wrongly proposed would be left out of the essay.
 *
 * Then `npm run build:graph` lists what is left to do, as file:line; `npm run ledger` records the ids.
 * CONTENT_DIR selects another content folder. Nothing is overwritten: an existing essay is an error.
 */
import { copyFile, mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/io/content-dir.ts';
import { parseCaptures } from '../src/io/read-captures.ts';
import type { Capture } from '../src/schemas/capture.ts';
import { decodeText } from '../src/io/read-text.ts';
import { draftEssay, proposeEssayId } from '../src/compile/draft-essay.ts';

const ESSAY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const show = (path: string) => relative(process.cwd(), path) || path;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { id: { type: 'string' } } });
  } catch (cause) {
    console.error(`new-essay: ${(cause as Error).message}\nUsage: npm run new-essay -- <capture.txt> [--id <essay-id>]`);
    return 2;
  }
  const [capturePath] = parsed.positionals;
  if (!capturePath || parsed.positionals.length > 1) {
    console.error('Usage: npm run new-essay -- <capture.txt> [--id <essay-id>]');
    return 2;
  }
  // npm runs scripts from the project root; INIT_CWD is where the command was typed.
  const source = resolve(process.env.INIT_CWD ?? process.cwd(), capturePath);
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (cause) {
    console.error(`new-essay: cannot read ${capturePath} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`);
    return 1;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    console.error(`${capturePath}:${decoded.line}:${decoded.column}: error: ${decoded.message}`);
    return 1;
  }
  const name = basename(source);
  if (!name.endsWith('.txt')) {
    console.error(`new-essay: ${capturePath}: captures are plain-text files named *.txt; rename it`);
    return 1;
  }
  const content = contentDir(resolve(import.meta.dirname, '..'));
  const id = parsed.values.id ?? proposeEssayId(decoded.text);
  if (!ESSAY_ID.test(id)) {
    console.error(`new-essay: essay id "${id}" is not kebab-case: use lower-case letters, digits and single hyphens (--id why-putin-fights)`);
    return 1;
  }
  const essayFile = join(content, 'essays', `${id}.md`);
  const captureFile = join(content, 'sources', name);
  const recordsFile = join(content, 'captures.json');

  const existing = await readFile(essayFile).then(() => true, () => false);
  if (existing) {
    console.error(`new-essay: ${show(essayFile)} exists already; choose another id with --id <essay-id>`);
    return 1;
  }
  const there = await readFile(captureFile).catch(() => undefined);
  if (there && !there.equals(bytes)) {
    console.error(`new-essay: ${show(captureFile)} exists and differs from ${capturePath}: a capture is kept byte for byte; rename the new one`);
    return 1;
  }
  let records: Capture[] = [];
  const recordsText = await readFile(recordsFile, 'utf8').catch(() => undefined);
  if (recordsText !== undefined) {
    const read = parseCaptures(recordsText);
    if (!read.ok) {
      for (const problem of read.problems) console.error(`${show(recordsFile)}:${problem.line}:${problem.column}: error: ${problem.message}`);
      return 1;
    }
    records = read.captures;
  }
  if (records.some((record) => record.file === name)) {
    console.error(`new-essay: ${show(recordsFile)} already has a record for ${name}: it belongs to essay "${records.find((record) => record.file === name)!.essay}"`);
    return 1;
  }

  const { markdown, chrome } = draftEssay(name, decoded.text);
  await mkdir(join(content, 'sources'), { recursive: true });
  await mkdir(join(content, 'essays'), { recursive: true });
  if (!there) await copyFile(source, captureFile);
  await writeFile(essayFile, markdown, { flag: 'wx' });
  const record: Capture = {
    file: name,
    essay: id,
    lines: chrome.map((line) => ({ text: line.text, as: 'chrome', why: `proposed by npm run new-essay: looks like ${line.why}; check it is not the essay's words` })),
  };
  await writeFile(`${recordsFile}.tmp`, `${JSON.stringify({ captures: [...records, record] }, null, 2)}\n`);
  await rename(`${recordsFile}.tmp`, recordsFile);

  console.log(`new-essay: ${show(captureFile)}${there ? ' (already there)' : ''}`);
  console.log(`new-essay: ${show(essayFile)}: ${markdown.split('\n\n').length - 1} paragraphs from the capture; fill in the frontmatter fields marked FILL IN`);
  console.log(`new-essay: ${show(recordsFile)}: ${chrome.length} line${chrome.length === 1 ? '' : 's'} proposed as chrome (left out of the essay), check them:`);
  for (const line of chrome) console.log(`  - "${line.text.trim()}" (${line.why})`);
  console.log('\nNext: fill in the frontmatter, then "npm run build:graph" lists what is left, as file:line.');
  return 0;
}

process.exitCode = await main();
