import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import { parseDocument, isMap, isScalar } from 'yaml';
import type { Root, Nodes, Parents, Yaml } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { CLAIM_KINDS, CLAIM_ID_MAX_LENGTH, ClaimIdSchema } from '../schemas/claim.ts';
import { RELATION_TYPES, CLAIM_RELATION_TYPES, type RelationType } from '../schemas/relation.ts';
import { EssaySchema, IsoDateSchema, type Essay } from '../schemas/essay.ts';
import { error, type Place, type Problem } from './problem.ts';

type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A claim as marked in one file, before the graph is validated. */
export interface ExtractedClaim {
  /** The id from `{#id}`. */
  id: string;
  /** The essay id (the file name without `.md`). */
  essay: string;
  /** The exact words inside the brackets, as plain text. */
  text: string;
  /** The claim's kind. */
  kind: ClaimKind;
  /** Plain text of the paragraph the claim stands in. */
  context: string;
  /** For `reported` claims: whose position it is, when the essay names them (`holder="…"`). */
  holder?: string;
  /** For claims inside a reader comment: its capture and number. */
  comment?: { capture: string; n: number };
  /** Where the directive starts. */
  place: Place;
}

/** A relation as declared in one file. */
export interface ExtractedRelation {
  /** The supporting or rebutting claim. */
  from: string;
  /** The claim or question supported or rebutted; for `undercuts`, the id of the relation undercut. */
  to: string;
  /** The relation type. */
  type: RelationType;
  /** Our note, when declared with a leaf directive. */
  note?: string;
  /** True when the leaf directive carries the bare attribute `contestable`. */
  contestable?: boolean;
  /** Where it is declared. */
  place: Place;
}

/** Everything one essay file contributes to the graph. */
export interface ExtractedEssay {
  /** The essay id: the file name without `.md`. */
  id: string;
  /** The file path as shown in messages. */
  file: string;
  /** Validated frontmatter, or undefined when it has errors (listed in `problems`). */
  frontmatter?: Essay;
  /** Claims in text order. */
  claims: ExtractedClaim[];
  /** Relations in declaration order. */
  relations: ExtractedRelation[];
  /** Words of the essay body, without notes, tweets and reader comments. */
  words: number;
  /** Ids of claims marked with an error already reported: relations naming them are not checked again. */
  broken: string[];
  /** Where each top-level frontmatter field is written, so later checks can point at it. */
  fields: Record<string, Place>;
  /** Errors found in this file alone. */
  problems: Problem[];
}

/** The directive names the essays may use, by directive type. */
export const DIRECTIVES = {
  textDirective: ['claim'],
  leafDirective: [...RELATION_TYPES],
  containerDirective: ['note', 'tweet', 'comments', 'comment'],
} as const;

const MARKS = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;
const USAGE = {
  textDirective: 'one colon, inside a paragraph, around the words',
  leafDirective: 'two colons, on a line of its own',
  containerDirective: 'three colons, on lines of their own, around a block',
} as const;

/** The kinds of note a `:::note` container may hold. */
export const NOTE_KINDS = ['byline', 'publisher', 'bio'] as const;

const ESSAY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CLAIM_ATTRIBUTES = new Set(['id', 'kind', 'holder', ...CLAIM_RELATION_TYPES]);
const RELATION_ATTRIBUTES = new Set(['from', 'to', 'contestable']);

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** Parses essay Markdown (frontmatter, directives) into mdast. Never throws on any string. */
export function parseEssayMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * Pulls the claims and relations out of one essay's Markdown.
 * Never throws: whatever is wrong in the file comes back in `problems`, each with its line.
 *
 * @param file path shown in messages, e.g. `content/essays/call-putin-out.md`
 * @param markdown the file's text
 */
export function extractEssay(file: string, markdown: string): ExtractedEssay {
  const id = (file.split('/').pop() ?? file).replace(/\.md$/, '');
  const result: ExtractedEssay = { id, file, claims: [], relations: [], words: 0, broken: [], fields: {}, problems: [] };
  if (!ESSAY_ID.test(id)) {
    // The essay id becomes the page URL and Astro's collection id; Astro would slug it differently.
    result.problems.push(
      error({ file, line: 1, column: 1 }, `essay file name "${id}.md" is not kebab-case: rename it with lower-case letters, digits and single hyphens, e.g. "why-putin-fights.md"`),
    );
  }
  const at = (node: Nodes | undefined): Place => ({
    file,
    line: node?.position?.start.line ?? 1,
    column: node?.position?.start.column ?? 1,
  });
  const tree = parseEssayMarkdown(markdown);

  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatter = readFrontmatter(file, yaml, result.problems, result.fields);
  if (frontmatter) result.frontmatter = frontmatter;

  const comments = new Map<string, Place>();
  const lastComment = new Map<string, number>();
  const body: string[] = [];
  walk(tree, { paragraph: undefined, claim: undefined, comment: undefined, inComments: false, inAside: false });
  result.words = body.join('').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  // Notes, a tweet or reader comments alone are not an essay.
  if (result.words === 0) {
    const end = yaml?.position?.end.line;
    result.problems.push(
      error({ file, line: end === undefined ? 1 : end + 1, column: 1 }, 'the essay has no body: write the essay\'s text below the frontmatter'),
    );
  }
  return result;

  interface Scope {
    paragraph: Parents | undefined;
    claim: TextDirective | undefined;
    comment: { capture: string; n: number } | undefined;
    inComments: boolean;
    inAside: boolean;
  }

  function walk(node: Nodes, scope: Scope): void {
    if (!scope.inAside && !scope.inComments) {
      // Text nodes split words at markup ("*un*done", "peace]{…}."), so words are counted over the
      // joined text of each block, not node by node.
      if (node.type === 'text') body.push(node.value);
      else if (node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'link' && node.type !== 'textDirective') body.push(' ');
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      const known: readonly string[] = DIRECTIVES[node.type];
      if (!known.includes(node.name)) {
        const mark = MARKS[node.type];
        const elsewhere = (Object.keys(DIRECTIVES) as (keyof typeof DIRECTIVES)[]).find((type) => (DIRECTIVES[type] as readonly string[]).includes(node.name));
        result.problems.push(
          error(
            at(node),
            elsewhere
              ? `"${mark}${node.name}" has the wrong number of colons: write ${MARKS[elsewhere]}${node.name} (${USAGE[elsewhere]})`
              : `unknown directive "${mark}${node.name}": use one of ${known.map((name) => mark + name).join(', ')}` +
                  (node.type === 'textDirective' ? ` (if the colon is essay text, escape it as "\\:${node.name}")` : ''),
          ),
        );
        return;
      }
    }
    let next = scope;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        next = { ...scope, paragraph: node };
        break;
      case 'textDirective':
        readClaim(node, scope);
        next = { ...scope, claim: node };
        break;
      case 'leafDirective':
        readRelation(node);
        return;
      case 'containerDirective':
        next = readContainer(node, scope);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, next);
  }

  function readClaim(node: TextDirective, scope: Scope): void {
    const attributes = node.attributes ?? {};
    const place = at(node);
    if (scope.claim) {
      result.problems.push(
        error(place, `a claim inside a claim ("${scope.claim.attributes?.id ?? '?'}"): claims do not nest; mark the inner words as a separate claim beside it`),
      );
      if (attributes.id) result.broken.push(attributes.id);
      return;
    }
    for (const name of Object.keys(attributes)) {
      if (!CLAIM_ATTRIBUTES.has(name)) {
        result.problems.push(
          error(
            place,
            name === 'class'
              ? 'claims take no classes: remove the ".class" attribute'
              : name === 'undercuts'
                ? 'an undercut targets a relation, not a claim: remove undercuts="…" and write ::undercuts[why]{from=this-claim to=<from>--<type>--<to>} on a line of its own'
                : `unknown relation type "${name}": a claim takes #id, kind=, holder= (reported claims) and relations ${CLAIM_RELATION_TYPES.map((type) => `${type}="…"`).join(' or ')}`,
          ),
        );
      }
    }
    const id = attributes.id;
    if (!id) {
      result.problems.push(error(place, 'claim has no id: add {#some-id} after the brackets'));
      return;
    }
    if (id.length > CLAIM_ID_MAX_LENGTH) {
      result.problems.push(error(place, `claim id "${id.slice(0, 40)}…" is ${id.length} characters long: ids become folder and file names, so keep them to ${CLAIM_ID_MAX_LENGTH} characters at most`));
      return;
    }
    if (!ClaimIdSchema.safeParse(id).success) {
      result.problems.push(error(place, `claim id "${id}" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "greene-regime-security"`));
      return;
    }
    const kind = attributes.kind;
    if (!kind) {
      result.problems.push(error(place, `claim "${id}" has no kind: add kind=${CLAIM_KINDS.join('|')}`));
      result.broken.push(id);
      return;
    }
    if (!(CLAIM_KINDS as readonly string[]).includes(kind)) {
      result.problems.push(error(place, `unknown claim kind "${kind}" on "${id}": use one of ${CLAIM_KINDS.join(', ')}`));
      result.broken.push(id);
      return;
    }
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) {
      result.problems.push(error(place, `claim "${id}" wraps no words: put the essay's words inside the brackets`));
      result.broken.push(id);
      return;
    }
    if (kind === 'reader' && !scope.comment) {
      result.problems.push(error(place, `claim "${id}" is kind=reader but stands outside a reader comment: move it into a :::comment or change its kind`));
    }
    if (kind !== 'reader' && scope.comment) {
      result.problems.push(error(place, `claim "${id}" stands in a reader comment but is kind=${kind}: claims in reader comments are kind=reader`));
    }
    const holder = attributes.holder?.replace(/\s+/g, ' ').trim();
    if (attributes.holder !== undefined && kind !== 'reported') {
      result.problems.push(error(place, `claim "${id}" has holder="…" but is kind=${kind}: only a reported claim (someone else's view) names its holder`));
    } else if (attributes.holder !== undefined && !holder) {
      result.problems.push(error(place, `claim "${id}" has an empty holder="": name whose view it is as the essay does, or remove the attribute`));
    }
    if (scope.inAside && !scope.comment) {
      result.problems.push(error(place, `claim "${id}" stands in a note or tweet: claims mark the essay's own words or a reader comment's`));
    }
    const claim: ExtractedClaim = {
      id,
      essay: result.id,
      text,
      kind: kind as ClaimKind,
      context: toString(scope.paragraph ?? node).replace(/\s+/g, ' ').trim(),
      place,
    };
    if (scope.comment) claim.comment = scope.comment;
    if (holder && kind === 'reported') claim.holder = holder;
    result.claims.push(claim);
    for (const type of CLAIM_RELATION_TYPES) {
      const targets = attributes[type];
      if (targets === undefined || targets === null) continue;
      const ids = targets.split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0) result.problems.push(error(place, `claim "${id}" has an empty ${type}="": name the claim ids it ${type}, or remove the attribute`));
      for (const to of ids) result.relations.push({ from: id, to, type, place });
    }
  }

  function readRelation(node: LeafDirective): void {
    const place = at(node);
    const attributes = node.attributes ?? {};
    const type = node.name as RelationType;
    for (const name of Object.keys(attributes)) {
      if (!RELATION_ATTRIBUTES.has(name)) result.problems.push(error(place, `::${type} takes only from=, to= and contestable, not "${name}": remove it`));
    }
    const contestable = attributes.contestable;
    if (contestable !== undefined && contestable !== null && contestable !== '' && contestable !== 'true') {
      result.problems.push(error(place, `::${type} has contestable="${contestable}": write the bare word contestable, or leave it out`));
    }
    const from = attributes.from?.trim();
    const to = attributes.to?.trim();
    if (!from || !to) {
      result.problems.push(error(place, `::${type} needs both ends: write ::${type}[note]{from=claim-id to=${type === 'undercuts' ? '<from>--<type>--<to>' : 'claim-id'}}`));
      return;
    }
    const note = toString(node).replace(/\s+/g, ' ').trim();
    if (!note) {
      result.problems.push(error(place, `::${type} from "${from}" to "${to}" has an empty note: say in the brackets why the relation holds`));
      return;
    }
    result.relations.push({ from, to, type, note, place, ...(contestable !== undefined && contestable !== null ? { contestable: true } : {}) });
  }

  function readContainer(node: ContainerDirective, scope: Scope): Scope {
    const place = at(node);
    const attributes = node.attributes ?? {};
    const empty = toString(node).trim().length === 0;
    switch (node.name) {
      case 'note': {
        const kind = attributes.kind ?? '';
        if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
          result.problems.push(
            error(place, kind ? `unknown note kind "${kind}": use kind=${NOTE_KINDS.join('|')}` : `:::note has no kind: add {kind=${NOTE_KINDS.join('|')}}`),
          );
        }
        if (empty) result.problems.push(error(place, ':::note is empty: put the capture\'s words between ":::note" and ":::", or remove it'));
        return { ...scope, inAside: true };
      }
      case 'tweet':
        if (!attributes.author) result.problems.push(error(place, ':::tweet needs author="…" (the tweet\'s author as the capture names them)'));
        if (empty) result.problems.push(error(place, ':::tweet is empty: put the tweet\'s words between ":::tweet" and ":::"'));
        if (attributes.datetime !== undefined && !IsoDateSchema.safeParse(attributes.datetime).success) {
          result.problems.push(error(place, `:::tweet datetime="${attributes.datetime}" is not an ISO date: write the tweet's date as YYYY-MM-DD`));
        }
        return { ...scope, inAside: true };
      case 'comments':
        if (scope.inComments) result.problems.push(error(place, '::::comments blocks do not nest: close the first with :::: before opening another'));
        for (const child of node.children) {
          if (child.type !== 'containerDirective' || child.name !== 'comment') {
            result.problems.push(error(at(child), 'a ::::comments block holds only :::comment blocks: wrap this in :::comment{capture="…" n=…} or move it out'));
          }
        }
        return { ...scope, inComments: true };
      default: {
        // comment
        if (!scope.inComments) {
          result.problems.push(error(place, ':::comment stands outside a comments block: wrap the reader comments in ::::comments … :::: after the essay'));
        }
        const capture = attributes.capture ?? '';
        const n = Number(attributes.n);
        if (!capture) result.problems.push(error(place, ':::comment needs capture="<file in content/sources/>"'));
        if (!Number.isInteger(n) || n < 1) result.problems.push(error(place, ':::comment needs n=<its number in the capture, from 1>'));
        if (capture && frontmatter && !frontmatter.sources.includes(capture)) {
          result.problems.push(error(place, `:::comment comes from capture "${capture}", which is not in this essay's sources: add it to sources or fix the name`));
        }
        const key = `${capture}#${n}`;
        const first = comments.get(key);
        if (capture && Number.isInteger(n) && first) {
          result.problems.push(error(place, `comment ${n} of "${capture}" is marked twice (first at line ${first.line}): number each comment once`));
        } else if (capture && Number.isInteger(n) && n >= 1) {
          comments.set(key, place);
          // Numbers are the comments' order in the capture: 1, 2, 3…, so a reader can find each one there.
          const expected = (lastComment.get(capture) ?? 0) + 1;
          if (n !== expected) {
            result.problems.push(error(place, `comment ${n} of "${capture}" comes where comment ${expected} should: number a capture's comments 1, 2, 3… in the order they appear in it`));
          }
          lastComment.set(capture, Math.max(n, lastComment.get(capture) ?? 0));
        }
        if (empty) result.problems.push(error(place, ':::comment is empty: put the reader comment\'s words inside it'));
        return { ...scope, comment: { capture, n: Number.isInteger(n) ? n : 0 } };
      }
    }
  }
}

function readFrontmatter(file: string, yaml: Yaml | undefined, problems: Problem[], fields: Record<string, Place>): Essay | undefined {
  if (!yaml) {
    problems.push(error({ file, line: 1, column: 1 }, 'no frontmatter: start the file with a --- block giving title, author, authorBasis, outlet, published, stance, sources and summary'));
    return undefined;
  }
  const start = yaml.position?.start.line ?? 1;
  // The YAML text starts on the line after the opening ---.
  const placeOf = (offset: number): Place => {
    const before = yaml.value.slice(0, Math.max(0, offset));
    const lines = before.split('\n');
    return { file, line: start + lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  };
  const document = parseDocument(yaml.value, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const problem of document.errors) {
      problems.push(error(placeOf(problem.pos[0]), `frontmatter is not valid YAML: ${problem.message.split('\n')[0]}; fix the syntax (quote values that contain ": " or "#")`));
    }
    return undefined;
  }
  if (!isMap(document.contents)) {
    problems.push(error({ file, line: start, column: 1 }, 'frontmatter must be a list of "field: value" lines between the --- lines'));
    return undefined;
  }
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) fields[String(pair.key.value)] = placeOf(pair.key.range[0]);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    problems.push(error({ file, line: start, column: 1 }, `frontmatter cannot be read: ${(cause as Error).message.split('\n')[0]}`));
    return undefined;
  }
  const parsed = EssaySchema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const fallback: Place = { file, line: start, column: 1 };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(error(fields[key] ?? fallback, `frontmatter has unknown field "${key}": remove it or check the spelling (known fields: ${Object.keys(EssaySchema.shape).join(', ')})`));
      }
      continue;
    }
    if (top !== undefined && !(top in fields)) {
      problems.push(error(fallback, `frontmatter field "${top}" is missing: add it`));
      continue;
    }
    problems.push(error((top && fields[top]) || fallback, `frontmatter field "${field}": ${issue.message}`));
  }
  return undefined;
}
