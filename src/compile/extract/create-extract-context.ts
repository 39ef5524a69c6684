import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Essay } from '../../schemas/essay.ts';
import { essayIdOfFile } from '../../schemas/kebab-id.ts';
import type { Place } from '../problem.ts';
import type { CommentRef, ExtractedEssay } from './extracted-essay.ts';

/**
 * What the extraction steps share while they read one file: the file, where its problems go, and
 * what earlier steps found that later ones need (the reader comments seen, the source already explained).
 */
export interface ExtractContext {
  /** The file path shown in messages. */
  file: string;
  /** The file's text. */
  markdown: string;
  /** The file's lines, as written (for checks that read the source rather than the parsed text). */
  sourceLines: string[];
  /** What the file contributes, filled in step by step. */
  result: ExtractedEssay;
  /** The validated frontmatter, once read; undefined when it has errors. */
  frontmatter: Essay | undefined;
  /** Reader comments marked so far, by `capture#n`, with where each was first marked. */
  comments: Map<string, Place>;
  /** The highest comment number marked so far in each capture. */
  lastComment: Map<string, number>;
  /** The reader comment each `:::comment` container stands for. */
  commentOf: WeakMap<ContainerDirective, CommentRef>;
  /** Source ranges already explained by a claim-syntax error: text there is not reported again. */
  explained: Array<[number, number]>;
  /** Records a problem at a place (an error unless `severity` says otherwise). */
  report(place: Place, message: string, severity?: 'error' | 'warning'): void;
  /** Where a node starts (line 1, column 1 when it has no position). */
  at(node: Nodes | undefined): Place;
  /** The place of an offset in the file. */
  placeOf(offset: number): Place;
  /** The offset where a 1-based line starts. */
  lineOffset(line: number): number;
  /** The result, with every problem reported so far. */
  finish(): ExtractedEssay;
}

/**
 * Makes the context for extracting one file. Problems are collected as vfile messages and come
 * back as `Problem`s from `finish`.
 *
 * @param file path shown in messages
 * @param markdown the file's text
 */
export function createExtractContext(file: string, markdown: string): ExtractContext {
  const id = essayIdOfFile(file);
  const vfile = new VFile({ path: file, value: markdown });
  const sourceLines = markdown.split('\n');
  // Offsets and points the way remark counts them (vfile-location), so a place matches the parser's.
  const where = location(markdown);
  const result: ExtractedEssay = { id, file, claims: [], relations: [], words: 0, broken: [], fields: {}, slugs: [], blocks: [], problems: [] };
  return {
    file,
    markdown,
    sourceLines,
    result,
    frontmatter: undefined,
    comments: new Map(),
    lastComment: new Map(),
    commentOf: new WeakMap(),
    explained: [],
    report(place, message, severity = 'error') {
      const note = vfile.message(message, { place: { line: place.line, column: place.column }, source: 'counterpoint' });
      note.fatal = severity === 'error';
    },
    at: (node) => ({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 }),
    placeOf(offset) {
      const point = where.toPoint(offset);
      return { file, line: point?.line ?? 1, column: point?.column ?? 1 };
    },
    lineOffset: (line) => where.toOffset({ line, column: 1 }) ?? markdown.length,
    finish() {
      result.problems = vfile.messages.map((message) => ({
        severity: message.fatal ? 'error' : 'warning',
        file,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: message.reason,
      }));
      return result;
    },
  };
}
