import { CLAIM_RELATION_TYPES, RELATION_TYPES } from '../schemas/relation.ts';

/**
 * The essays' directive grammar, declared once: the extractor (`src/compile/extract.ts`) checks
 * files against it and the renderer (`remark-claims.ts`) renders what it names. See content/README.md.
 */

/** The claim: a text directive, `:claim[words]{#id kind=…}`. */
export const CLAIM = 'claim';

/** The containers: `:::note{kind=…}`, `:::tweet{…}`, `::::comments` holding `:::comment{…}`. */
export const NOTE = 'note';
/** An embedded tweet. */
export const TWEET = 'tweet';
/** The block of reader comments after an essay. */
export const COMMENTS = 'comments';
/** One reader comment inside `::::comments`. */
export const COMMENT = 'comment';

/** The directive names the essays may use, by mdast directive type. */
export const DIRECTIVES = {
  textDirective: [CLAIM],
  leafDirective: [...RELATION_TYPES],
  containerDirective: [NOTE, TWEET, COMMENTS, COMMENT],
} as const;

/** A directive type of mdast-util-directive. */
export type DirectiveType = keyof typeof DIRECTIVES;

/** How each directive type is written: its colons, and where it goes. */
export const MARKS: Record<DirectiveType, string> = { textDirective: ':', leafDirective: '::', containerDirective: ':::' };

/** How each directive type is written, in words, for messages. */
export const USAGE: Record<DirectiveType, string> = {
  textDirective: 'one colon, inside a paragraph, around the words',
  leafDirective: 'two colons, on a line of its own',
  containerDirective: 'three colons, on lines of their own, around a block',
};

/** The kinds of note a `:::note` container may hold. */
export const NOTE_KINDS = ['byline', 'publisher', 'bio'] as const;

/** The attributes each directive takes (`id` is written `#id`). */
export const ATTRIBUTES = {
  [CLAIM]: ['id', 'kind', 'title', 'holder', ...CLAIM_RELATION_TYPES],
  relation: ['from', 'to', 'contestable'],
  [NOTE]: ['kind'],
  [TWEET]: ['author', 'handle', 'date', 'datetime'],
  [COMMENTS]: [],
  [COMMENT]: ['capture', 'n'],
} as const satisfies Record<string, readonly string[]>;

/** The attributes of a directive by its name (a relation's by its type). */
export function attributesOf(name: string): readonly string[] {
  if ((RELATION_TYPES as readonly string[]).includes(name)) return ATTRIBUTES.relation;
  return (ATTRIBUTES as Record<string, readonly string[]>)[name] ?? [];
}

/** Element ids `remark-claims` gives the reader-comments section and its heading. */
export const COMMENTS_SECTION_ID = 'comments';
/** The reader-comments heading's id. */
export const COMMENTS_HEADING_ID = 'comments-heading';
