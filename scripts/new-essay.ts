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
import { copyFile, mkdir, readFile, stat, writeFile, rename } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/io/content-dir.ts';
import { parseCaptures } from '../src/io/read-captures.ts';
import type { Capture } from '../src/schemas/capture.ts';
import { decodeCapture, type DecodedCapture } from '../src/io/decode-capture.ts';
import { draftEssay, proposeEssayId, type ChromeGuess, type ChromeLookAlike } from '../src/compile/draft-essay.ts';
import { runScript, ScriptError } from './lib/error-boundary.ts';
import { KEBAB_ID } from '../src/schemas/kebab-id.ts';

/** A capture's name in sources/: the build takes letters, digits, ".", "_" and "-" (no spaces). */
export function captureName(name: string): string {
  return name.replace(/\.txt$/i, '').replace(/[^\w.-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|-+$/g, '') + '.txt';
}

/** Why `id` cannot be an essay id, or undefined. */
function idProblem(id: string): string | undefined {
  if (id.includes('/') || id.includes('\\') || id.includes('..')) return `essay id "${id}" holds "/", "\\" or "..": an id names one file in essays/, not a path; use lower-case letters, digits and single hyphens (--id why-putin-fights)`;
  if (!KEBAB_ID.test(id)) return `essay id "${id}" is not kebab-case: use lower-case letters, digits and single hyphens (--id why-putin-fights)`;
  return undefined;
}
const show = (path: string) => relative(process.cwd(), path) || path;

/** The records of captures.json (none when it is missing); throws a ScriptError listing its problems at their lines. */
async function readRecords(recordsFile: string): Promise<Capture[]> {
  const recordsText = await readFile(recordsFile, 'utf8').catch(() => undefined);
  if (recordsText === undefined) return [];
  const read = parseCaptures(recordsText);
  if (!read.ok) throw new ScriptError(read.problems.map((problem) => `${show(recordsFile)}:${problem.line}:${problem.column}: error: ${problem.message}`));
  // The records as written, not as the schema orders their keys: appending one must leave the others byte for byte.
  return (JSON.parse(recordsText) as { captures: Capture[] }).captures;
}

/** Tells the person what new-essay wrote and what to check. */
function printDraft(done: { captureFile: string; there: boolean; name: string; given: string; note?: string; essayFile: string; paragraphs: number; recordsFile: string; chrome: ChromeGuess[]; flagged: ChromeLookAlike[]; capturePath: string }): void {
  const { captureFile, there, name, given, note, essayFile, paragraphs, recordsFile, chrome, flagged, capturePath } = done;
  console.log(`new-essay: ${show(captureFile)}${there ? ' (already there)' : ''}`);
  if (name !== given) console.log(`new-essay: note: saved as "${name}", not "${given}": a capture's name holds only letters, digits, ".", "_" and "-"`);
  if (note) console.log(`new-essay: note: ${note}`);
  console.log(`new-essay: ${show(essayFile)}: ${paragraphs} paragraph${paragraphs === 1 ? "" : "s"} from the capture; fill in the frontmatter fields marked FILL IN`);
  console.log(`new-essay: ${show(recordsFile)}: ${chrome.length} line${chrome.length === 1 ? '' : 's'} proposed as chrome (left out of the essay), check them:`);
  for (const line of chrome) console.log(`  - "${line.text.trim()}" (${line.why})`);
  if (flagged.length > 0) {
    console.log(`new-essay: ${flagged.length} line${flagged.length === 1 ? '' : 's'} kept as essay text start${flagged.length === 1 ? 's' : ''} like page chrome; check ${flagged.length === 1 ? 'it is' : 'they are'} the essay's words (if not, remove from the essay and list in captures.json as chrome):`);
    for (const line of flagged) console.log(`  - ${capturePath}:${line.line}: "${line.text.length > 80 ? `${line.text.slice(0, 77)}…` : line.text}" (starts with "${line.start}")`);
  }
}

// The largest capture here is about 10 KB; a page saved as text, comments and all, stays far below this.
const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;

/** Reads and decodes the capture at `capturePath` (from where the command was typed); throws a ScriptError saying what is wrong. */
async function readCapture(capturePath: string): Promise<{ given: string; source: string; bytes: Buffer; decoded: Extract<DecodedCapture, { ok: true }> }> {
  // npm runs scripts from the project root; INIT_CWD is where the command was typed.
  const source = resolve(process.env.INIT_CWD ?? process.cwd(), capturePath);
  const given = basename(source);
  if (!/\.txt$/i.test(given)) throw new ScriptError(`${capturePath}: error: captures are plain-text files named *.txt: save the page as text, or rename the file if it is text already`);
  let bytes: Buffer;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new ScriptError(`${capturePath}: error: this is a folder: give the capture file itself`);
    if (!info.isFile()) throw new ScriptError(`${capturePath}: error: this is not a file (a device, pipe or socket), so it has no end to read: give the capture file itself`);
    if (info.size > MAX_CAPTURE_BYTES) {
      throw new ScriptError(`${capturePath}: error: the capture is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_CAPTURE_BYTES / 1024 / 1024} MB an essay page with its comments comes to (this one's text is likely more than one page: a log, an export, a whole site): save just the essay's page as text`);
    }
    bytes = await readFile(source);
  } catch (cause) {
    if (cause instanceof ScriptError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new ScriptError(`${capturePath}: error: cannot read it (${code ?? (cause as Error).message})${code === 'ENOENT' ? ': check the path (a path with spaces needs quotes: npm run new-essay -- "my capture.txt")' : ''}`, { cause });
  }
  const decoded = decodeCapture(bytes);
  if (!decoded.ok) throw new ScriptError(`${capturePath}:${decoded.line}:${decoded.column}: error: ${decoded.message}`);
  return { given, source, bytes, decoded };
}

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
  const { given, source, bytes, decoded } = await readCapture(capturePath);
  const name = captureName(given);
  const content = contentDir(resolve(import.meta.dirname, '..'));
  const id = parsed.values.id ?? proposeEssayId(decoded.text);
  const badId = idProblem(id);
  if (badId) {
    console.error(`new-essay: ${badId}`);
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
  // What sources/ keeps: the bytes as given when they are UTF-8, else the converted text.
  const kept = decoded.note ? Buffer.from(decoded.text, 'utf8') : bytes;
  const there = await readFile(captureFile).catch(() => undefined);
  if (there && !there.equals(kept)) {
    console.error(`new-essay: ${show(captureFile)} exists and differs from ${capturePath}: a capture is kept byte for byte; rename the new one`);
    return 1;
  }
  const records = await readRecords(recordsFile);
  const sameEssay = records.find((record) => record.essay === id);
  if (sameEssay) {
    console.error(`new-essay: ${show(recordsFile)} already gives essay id "${id}" to capture ${sameEssay.file}: choose another id with --id <essay-id>`);
    return 1;
  }
  if (records.some((record) => record.file === name)) {
    console.error(`new-essay: ${show(recordsFile)} already has a record for ${name}: it belongs to essay "${records.find((record) => record.file === name)!.essay}"`);
    return 1;
  }

  const { markdown, chrome, flagged, paragraphs } = draftEssay(name, decoded.text);
  if (paragraphs === 0) {
    console.error(
      `${capturePath}:1:1: error: every line of the capture looks like page chrome (${chrome.length} line${chrome.length === 1 ? '' : 's'}: ${chrome.slice(0, 3).map((line) => JSON.stringify(line.text.trim())).join(', ')}${chrome.length > 3 ? ', …' : ''}), so the essay would have no body: capture the page again with the essay's text`,
    );
    return 1;
  }
  await mkdir(join(content, 'sources'), { recursive: true });
  await mkdir(join(content, 'essays'), { recursive: true });
  if (!there) {
    if (decoded.note) await writeFile(captureFile, kept, { flag: 'wx' });
    else await copyFile(source, captureFile);
  }
  await writeFile(essayFile, markdown, { flag: 'wx' });
  const record: Capture = {
    file: name,
    essay: id,
    lines: chrome.map((line) => ({ text: line.text, as: 'chrome', why: `proposed by npm run new-essay: looks like ${line.why}; check it is not the essay's words` })),
  };
  await writeFile(`${recordsFile}.tmp`, `${JSON.stringify({ captures: [...records, record] }, null, 2)}\n`);
  await rename(`${recordsFile}.tmp`, recordsFile);

  printDraft({ captureFile, there: Boolean(there), name, given, note: decoded.note, essayFile, paragraphs, recordsFile, chrome, flagged, capturePath });
  console.log('\nNext: fill in the frontmatter, then "npm run build:graph" lists what is left, as file:line.');
  return 0;
}

await runScript('new-essay', main);
