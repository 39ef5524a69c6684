import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { QuestionSchema, type Question } from '../schemas/question.ts';
import { readText } from '../io/read-text.ts';
import { parseCaptures } from '../io/read-captures.ts';
import type { Capture } from '../schemas/capture.ts';
import { readCardFonts } from '../io/read-card-fonts.ts';
import { fontDir } from '../og/font-dir.ts';
import { extractEssay, type ExtractedEssay } from './extract.ts';
import { buildGraph, type BuildGraphResult } from './build-graph.ts';
import { checkFidelity } from './check-fidelity.ts';
import { checkCardGlyphs } from './check-card-glyphs.ts';
import { checkTitles, withoutLongTitles } from './check-titles.ts';
import { error, sortProblems, warning, type Problem } from './problem.ts';

/** Options for `readContent`. */
export interface ReadContentOptions {
  /** The card fonts' folder, for the glyph check; default `src/og/fonts` under the working directory. */
  fontDir?: string;
  /** The build date, YYYY-MM-DD (default today): publication dates after it are errors. */
  today?: string;
}

// Names people give Markdown files; only `<id>.md` is an essay (Astro's loader reads `*.md` alone).
const MARKDOWNISH = /\.(md|markdown|mdown|mkdn|mkd|mdx)$/i;

// Files editors and operating systems leave beside the ones people write: Emacs locks (.#x.md) and
// autosaves (#x.md#), backups (x.md~, .bak, .orig), Vim swap files, macOS resource forks (._x.md) and
// folder settings (.DS_Store), Office locks (~$x), Windows thumbnails. Never essays: ignored with a note.
const JUNK: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\.#/, 'an editor\'s lock file (Emacs), there while the essay is open'],
  [/^#.*#$/, 'an editor\'s autosave file (Emacs)'],
  [/^\._/, 'a macOS resource fork (AppleDouble), made when files are copied to a non-Mac disk'],
  [/^\.DS_Store$|^Thumbs\.db$|^desktop\.ini$/i, 'the operating system\'s folder settings'],
  [/^~\$/, 'an office program\'s lock file'],
  [/~$|\.(bak|orig|tmp)$/i, 'a backup copy an editor or tool made'],
  [/\.sw[a-p]$/i, 'an editor\'s swap file (Vim), there while the essay is open'],
];

/** What a junk file in essays/ is, or undefined. */
export function junkFile(name: string): string | undefined {
  return JUNK.find(([pattern]) => pattern.test(name))?.[1];
}

/** Records a problem at a file (line 1, column 1 unless given). */
type Fail = (path: string, message: string, line?: number, column?: number) => void;

/**
 * The essay files' names in `essays/`, sorted; reports every other Markdown-like file, folder or broken
 * link named like an essay.
 */
async function listEssayFiles(essayDir: string, fail: Fail, note: Fail): Promise<string[]> {
  let entries: Array<{ name: string; isFile: boolean }> = [];
  try {
    entries = (await readdir(essayDir, { withFileTypes: true })).map((entry) => ({ name: entry.name, isFile: entry.isFile() }));
  } catch {
    entries = [];
  }
  const names: string[] = [];
  for (const { name } of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(essayDir, name);
    const junk = junkFile(name);
    if (junk) {
      note(path, `ignored: this is ${junk}, not an essay; nothing to do (delete it if the program that made it is closed)`);
      continue;
    }
    if (!MARKDOWNISH.test(name)) continue;
    if (!name.endsWith('.md')) {
      const fixed = name.replace(MARKDOWNISH, '.md');
      fail(path, `this file is not read: essays are named <essay-id>.md (lower-case ".md"); rename it to "${fixed}"`);
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        fail(path, 'this is a folder, not an essay: essays are files named <essay-id>.md; rename the folder or move it out of essays/');
        continue;
      }
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      fail(
        path,
        code === 'ELOOP'
          ? 'this is a symbolic link that leads back to itself (a loop): replace it with the essay file itself'
          : code === 'ENOENT'
            ? 'this is a symbolic link to a file that does not exist: replace it with the essay file itself'
            : `cannot read this file (${code ?? (cause as Error).message})`,
      );
      continue;
    }
    names.push(name);
  }
  return names;
}

/** The central question from the text of `question.json`, or undefined with every problem reported. */
function parseQuestion(questionFile: string, text: string, fail: Fail): Question | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    fail(questionFile, `the central question is not valid JSON: ${(cause as Error).message}`);
    return undefined;
  }
  const question = QuestionSchema.safeParse(json);
  if (question.success) return question.data;
  for (const issue of question.error.issues) {
    fail(
      questionFile,
      issue.code === 'invalid_type' && issue.input === undefined
        ? `the central question has no "${issue.path.join('.')}": add it ({"id": "question", "text": "…?"})`
        : `the central question${issue.path.length ? ` field "${issue.path.join('.')}"` : ''}: ${issue.message}`,
    );
  }
  return undefined;
}

/**
 * Why the file at `path` must not be read as content: it is a link (or inside a linked folder) to a file
 * outside the content folder, whose words the site would publish as the author's. Undefined otherwise.
 */
async function linkedOutside(path: string, contentDir: string): Promise<string | undefined> {
  const [target, home] = await Promise.all([realpath(path).catch(() => path), realpath(contentDir).catch(() => contentDir)]);
  const way = relative(home, target);
  if (way !== '' && !way.startsWith('..') && !isAbsolute(way)) return undefined;
  return `this file is a link to ${target}, outside the content folder: the site would publish whatever that file holds as content; copy the file itself into the content folder`;
}

/** The captures' texts by file name (`sources/*.txt`) and their records (`captures.json`), reporting what cannot be read. */
async function readCaptureFiles(contentDir: string, fail: Fail) {
  const sourceDir = join(contentDir, 'sources');
  const captureNames = (await readdir(sourceDir).catch(() => [] as string[])).filter((name) => name.endsWith('.txt')).sort();
  const captures = new Map<string, string>();
  for (const name of captureNames) {
    const outside = await linkedOutside(join(sourceDir, name), contentDir);
    if (outside) {
      fail(join(sourceDir, name), outside);
      continue;
    }
    const read = await readText(join(sourceDir, name));
    if (read.ok) captures.set(name, read.text);
    else fail(join(sourceDir, name), read.message, read.line, read.column);
  }
  const recordsFile = join(contentDir, 'captures.json');
  let records: Capture[] = [];
  let recordsText = '';
  let recordsValid = true;
  const recordsRead = await readText(recordsFile);
  if (recordsRead.ok) {
    recordsText = recordsRead.text;
    const parsed = parseCaptures(recordsText);
    if (parsed.ok) records = parsed.captures;
    else {
      recordsValid = false;
      for (const problem of parsed.problems) fail(recordsFile, problem.message, problem.line, problem.column);
    }
  } else if (!/does not exist/.test(recordsRead.message)) {
    // Unreadable (a BOM, bytes not UTF-8) is as invalid as unparsable: no fidelity errors that follow from it.
    recordsValid = false;
    fail(recordsFile, recordsRead.message, recordsRead.line, recordsRead.column);
  }
  return { captureNames, captures, records, recordsFile, recordsText, recordsValid };
}

/**
 * Reads a content folder (`question.json`, `essays/*.md`, `sources/*.txt`, `captures.json`), builds
 * the graph and runs the verbatim checks. Never throws for bad content, bad bytes or odd files (a
 * folder or a symbolic-link loop named `*.md`): every problem comes back with its `file:line:column`.
 *
 * @param contentDir the content folder
 * @param show turns an absolute path into the one printed in messages (relative to the project)
 */
export async function readContent(contentDir: string, show: (path: string) => string, options: ReadContentOptions = {}): Promise<BuildGraphResult> {
  const questionFile = join(contentDir, 'question.json');
  const essayDir = join(contentDir, 'essays');
  const problems: Problem[] = [];
  const fail: Fail = (path, message, line = 1, column = 1) => problems.push(error({ file: show(path), line, column }, message));

  const questionRead = await readText(questionFile);
  if (!questionRead.ok && /does not exist/.test(questionRead.message)) {
    return { problems: [error({ file: show(questionFile), line: 1, column: 1 }, 'the central question is missing: write {"id": "question", "text": "…?"} in this file')] };
  }
  const note: Fail = (path, message, line = 1, column = 1) => problems.push(warning({ file: show(path), line, column }, message));
  const names = await listEssayFiles(essayDir, fail, note);
  if (names.length === 0 && !problems.some((problem) => problem.severity === 'error')) {
    return { problems: [error({ file: show(essayDir), line: 1, column: 1 }, 'no essays: put one Markdown file per essay in this folder')] };
  }
  if (!questionRead.ok) {
    fail(questionFile, questionRead.message, questionRead.line, questionRead.column);
    return { problems: sortProblems(problems) };
  }
  const question = parseQuestion(questionFile, questionRead.text, fail);
  if (!question) return { problems: sortProblems(problems) };

  const essays: ExtractedEssay[] = [];
  for (const name of names) {
    const path = join(essayDir, name);
    const outside = await linkedOutside(path, contentDir);
    const read = outside ? undefined : await readText(path);
    if (!read) fail(path, outside!);
    else if (!read.ok) fail(path, read.message, read.line, read.column);
    else essays.push(extractEssay(show(path), read.text, options.today));
  }
  const { captureNames, captures, records, recordsFile, recordsText, recordsValid } = await readCaptureFiles(contentDir, fail);

  const canDraw = await readCardFonts(options.fontDir ?? fontDir());
  const extra = [
    ...problems,
    // Without valid records every chrome line would be reported as missing: fix captures.json first.
    ...(recordsValid ? checkFidelity({ essays, captures, records, recordsFile: show(recordsFile), recordsText, present: captureNames }) : []),
    ...(canDraw ? checkCardGlyphs(essays, canDraw) : []),
    ...checkTitles(essays),
  ];
  if (essays.length === 0) return { problems: sortProblems(extra) };
  const result = buildGraph({ question, essays: withoutLongTitles(essays), captures: captureNames });
  const all = sortProblems([...result.problems, ...extra]);
  if (all.some((problem) => problem.severity === 'error')) return { problems: all };
  return { ...result, problems: all };
}
