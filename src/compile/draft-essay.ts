import { toMarkdown } from 'mdast-util-to-markdown';
import { directiveToMarkdown } from 'mdast-util-directive';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { collapseSpace } from '../words/collapse-space.ts';

/** Marks a frontmatter value still to be written by a person; the graph step reports each one at its line. */
export const FILL_IN = 'FILL IN:';

/** A capture line kept as essay text that starts like page chrome: flagged for a person to check. */
export interface ChromeLookAlike {
  /** 1-based line in the capture. */
  line: number;
  /** The line as captured. */
  text: string;
  /** The chrome-like words it starts with. */
  start: string;
}

/** A capture line that looks like page chrome, and why. */
export interface ChromeGuess {
  /** The line as captured. */
  text: string;
  /** What it looks like. */
  why: string;
}

// Lines that publishing platforms add around an essay (hand-listed from the captures in content/sources:
// WordPress comment forms and like counters, Medium read-time lines, photo credits, separators). Each
// pattern matches a WHOLE line: a sentence that merely starts like chrome ("Website design is…",
// "Log out of the argument…") is the essay's, kept, and flagged (see CHROME_START).
const CHROME: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\d+\s*min(ute)?s?\s+read(\s*[·•|]\s*[\w ,.]{0,30})?$/i, 'a read-time line'],
  [/^(photo|image)\s*(credit|courtesy|source)s?\s*(:|by)\s*[^.!?]{0,80}$/i, 'a photo credit'],
  [
    new RegExp(
      '^(' +
        [
          'leave a (reply|comment)( to [^.!?]{1,60})?',
          'fill in your details below or click an icon to log in:?',
          'you are commenting using your [\\w.]+ account\\.?(\\s*\\(\\s*log out\\s*/\\s*change\\s*\\))?',
          'notify me of (new|follow-up) (comments|posts)( via email| by email)?\\.?',
          'post comment', 'cancel reply', '\\(?\\s*log out\\s*/?\\s*(change\\s*\\)?)?', 'change\\s*\\)',
          'email \\(required\\)(\\s*\\(address never made public\\))?', 'name \\(required\\)', 'website',
        ].join('|') +
        ')$',
      'i',
    ),
    'a comment form',
  ],
  [/^(wordpress\.com logo|twitter picture|facebook photo|google photo)$/i, 'a comment form'],
  [/^liked by \d+ (people|person)$/i, 'a like counter'],
  [/^(like|reply|share|share this:?|loading\.\.\.|related)$/i, 'a button or widget label'],
  [/^-{2,}$|^[*_=~]{3,}$/, 'a separator'],
];

// The words chrome lines start with: a longer line that starts so is kept as essay text, but flagged
// for a person to check (it may be chrome in an unfamiliar form, or, as usually, the author's sentence).
const CHROME_START = /^(website|log ?out|log in|leave a (reply|comment)|notify me|post comment|cancel reply|(photo|image)\s*(credit|courtesy|source)|\d+\s*min(ute)?s?\s+read|liked by|share this|you are commenting|fill in your details|email \(required\)|name \(required\))\b/i;

/** Why a capture line looks like chrome (not essay text), or undefined. */
export function looksLikeChrome(line: string): string | undefined {
  const text = line.trim();
  return CHROME.find(([pattern]) => pattern.test(text))?.[1];
}

/** For a line kept as essay text that starts like chrome: the words it starts with; else undefined. */
export function startsLikeChrome(line: string): string | undefined {
  const text = line.trim();
  if (looksLikeChrome(text)) return undefined;
  return CHROME_START.exec(text)?.[0];
}

/** An essay id proposed from the capture's first line (github-slugger, at most six words). */
export function proposeEssayId(capture: string): string {
  const first = capture.split(/\r?\n/).map((line) => line.trim()).find((line) => line && !looksLikeChrome(line)) ?? 'new-essay';
  const slug = new GithubSlugger().slug(first).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return slug.split('-').slice(0, 6).join('-') || 'new-essay';
}

/**
 * The first draft of an essay from a capture: frontmatter whose fields are marked FILL IN, and every
 * line of the capture, except those that look like chrome, as its own paragraph, escaped by
 * mdast-util-to-markdown so that the page shows exactly the captured characters (a line starting with
 * "#" or "1." stays text; "10:30" is not read as a directive).
 */
export function draftEssay(captureFile: string, capture: string): { markdown: string; chrome: ChromeGuess[]; flagged: ChromeLookAlike[]; paragraphs: number } {
  const chrome: ChromeGuess[] = [];
  const flagged: ChromeLookAlike[] = [];
  const paragraphs: Root['children'] = [];
  const first = capture.split(/\r?\n/).find((line) => line.trim()) ?? '';
  for (const [index, raw] of capture.split(/\r?\n/).entries()) {
    const line = collapseSpace(raw);
    if (!line) continue;
    const why = looksLikeChrome(line);
    if (why) chrome.push({ text: raw, why });
    else {
      paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: line }] });
      const start = startsLikeChrome(line);
      if (start) flagged.push({ line: index + 1, text: line, start });
    }
  }
  const body = toMarkdown({ type: 'root', children: paragraphs }, { extensions: [directiveToMarkdown()] });
  const frontmatter = [
    '---',
    `# Drafted by "npm run new-essay" from ${captureFile}. Write every value marked ${FILL_IN}, then run`,
    '# "npm run build:graph": it lists what is left, as file:line. See content/README.md for each field.',
    `# The capture's first line: ${JSON.stringify(first.trim().slice(0, 120))}`,
    `title: "${FILL_IN} the title, as the capture prints it"`,
    `author: "${FILL_IN} the author's name"`,
    `authorBasis: "${FILL_IN} byline (the capture names the author) or attributed (known from outside it)"`,
    `outlet: "${FILL_IN} where the essay was published"`,
    `published: "${FILL_IN} the date, as YYYY, YYYY-MM or YYYY-MM-DD"`,
    'publishedInferred: false',
    `stance: "${FILL_IN} for or against pressing for negotiations"`,
    `sources: [${JSON.stringify(captureFile)}]`,
    `summary: "${FILL_IN} our one-line summary of the essay's argument"`,
    '---',
    '',
  ].join('\n');
  return { markdown: `${frontmatter}\n${body}`, chrome, flagged, paragraphs: paragraphs.length };
}
