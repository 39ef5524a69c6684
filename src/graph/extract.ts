import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import { parseDocument, isMap, isScalar } from 'yaml';
import type { Root, Nodes, Parents, Yaml } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { CLAIM_KINDS, CLAIM_ID_MAX_LENGTH, ClaimIdSchema } from '../schemas/claim.ts';
import { RELATION_TYPES } from '../schemas/relation.ts';
import { EssaySchema, type Essay } from '../schemas/essay.ts';
import { error, type Place, type Problem } from './problem.ts';

type ClaimKind = (typeof CLAIM_KINDS)[number];
type RelationType = (typeof RELATION_TYPES)[number];

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
  /** For claims inside a reader comment: its capture and number. */
  comment?: { capture: string; n: number };
  /** Where the directive starts. */
  place: Place;
}

/** A relation as declared in one file. */
export interface ExtractedRelation {
  /** The supporting or rebutting claim. */
  from: string;
  /** The claim or question supported or rebutted. */
  to: string;
  /** The relation type. */
  type: RelationType;
  /** Our note, when declared with a leaf directive. */
  note?: string;
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
  /** Errors found in this file alone. */
  problems: Problem[];
}

/** The directive names the essays may use, by directive type. */
export const DIRECTIVES = {
  textDirective: ['claim'],
  leafDirective: [...RELATION_TYPES],
  containerDirective: ['note', 'tweet', 'comments', 'comment'],
} as const;

/** The kinds of note a `:::note` container may hold. */
export const NOTE_KINDS = ['byline', 'publisher', 'bio'] as const;

const CLAIM_ATTRIBUTES = new Set(['id', 'kind', ...RELATION_TYPES]);
const RELATION_ATTRIBUTES = new Set(['from', 'to']);

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
  const result: ExtractedEssay = { id, file, claims: [], relations: [], words: 0, problems: [] };
  const at = (node: Nodes | undefined): Place => ({
    file,
    line: node?.position?.start.line ?? 1,
    column: node?.position?.start.column ?? 1,
  });
  const tree = parseEssayMarkdown(markdown);

  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatter = readFrontmatter(file, yaml, result.problems);
  if (frontmatter) result.frontmatter = frontmatter;

  const bodyNodes = tree.children.filter((node) => node.type !== 'yaml');
  const hasText = bodyNodes.some((node) => toString(node).trim().length > 0);
  if (!hasText) {
    result.problems.push(error({ file, line: 1, column: 1 }, 'the essay has no body: write the essay text below the frontmatter'));
  }

  walk(tree, { paragraph: undefined, claim: undefined, comment: undefined, inComments: false, inAside: false });
  return result;

  interface Scope {
    paragraph: Parents | undefined;
    claim: TextDirective | undefined;
    comment: { capture: string; n: number } | undefined;
    inComments: boolean;
    inAside: boolean;
  }

  function walk(node: Nodes, scope: Scope): void {
    if (node.type === 'text' && !scope.inAside && !scope.inComments) {
      result.words += node.value.split(/\s+/).filter(Boolean).length;
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      const known: readonly string[] = DIRECTIVES[node.type];
      if (!known.includes(node.name)) {
        const mark = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
        result.problems.push(
          error(
            at(node),
            `unknown directive "${mark}${node.name}": use one of ${known.map((name) => mark + name).join(', ')}` +
              (node.type === 'textDirective' ? ` (if the colon is essay text, escape it as "\\:${node.name}")` : ''),
          ),
        );
        return;
      }
    }
    let next = scope;
    switch (node.type) {
      case 'paragraph':
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
      return;
    }
    for (const name of Object.keys(attributes)) {
      if (!CLAIM_ATTRIBUTES.has(name)) {
        result.problems.push(
          error(
            place,
            name === 'class'
              ? 'claims take no classes: remove the ".class" attribute'
              : `unknown relation type "${name}": a claim takes #id, kind=, and relations ${RELATION_TYPES.map((type) => `${type}="…"`).join(' or ')}`,
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
      return;
    }
    if (!(CLAIM_KINDS as readonly string[]).includes(kind)) {
      result.problems.push(error(place, `unknown claim kind "${kind}" on "${id}": use one of ${CLAIM_KINDS.join(', ')}`));
      return;
    }
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) {
      result.problems.push(error(place, `claim "${id}" wraps no words: put the essay's words inside the brackets`));
      return;
    }
    if (kind === 'reader' && !scope.comment) {
      result.problems.push(error(place, `claim "${id}" is kind=reader but stands outside a reader comment: move it into a :::comment or change its kind`));
    }
    if (kind !== 'reader' && scope.comment) {
      result.problems.push(error(place, `claim "${id}" stands in a reader comment but is kind=${kind}: claims in reader comments are kind=reader`));
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
    result.claims.push(claim);
    for (const type of RELATION_TYPES) {
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
      if (!RELATION_ATTRIBUTES.has(name)) result.problems.push(error(place, `::${type} takes only from= and to=, not "${name}"`));
    }
    const from = attributes.from?.trim();
    const to = attributes.to?.trim();
    if (!from || !to) {
      result.problems.push(error(place, `::${type} needs both ends: write ::${type}[note]{from=claim-id to=claim-id}`));
      return;
    }
    const note = toString(node).replace(/\s+/g, ' ').trim();
    if (!note) {
      result.problems.push(error(place, `::${type} from "${from}" to "${to}" has an empty note: say in the brackets why the relation holds`));
      return;
    }
    result.relations.push({ from, to, type, note, place });
  }

  function readContainer(node: ContainerDirective, scope: Scope): Scope {
    const place = at(node);
    const attributes = node.attributes ?? {};
    switch (node.name) {
      case 'note': {
        const kind = attributes.kind ?? '';
        if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
          result.problems.push(error(place, `:::note needs kind=${NOTE_KINDS.join('|')}, got "${kind}"`));
        }
        return { ...scope, inAside: true };
      }
      case 'tweet':
        if (!attributes.author) result.problems.push(error(place, ':::tweet needs author="…" (the tweet\'s author as the capture names them)'));
        return { ...scope, inAside: true };
      case 'comments':
        if (scope.inComments) result.problems.push(error(place, '::::comments blocks do not nest'));
        return { ...scope, inComments: true };
      default: {
        // comment
        if (!scope.inComments) {
          result.problems.push(error(place, ':::comment must stand inside a ::::comments block after the essay'));
        }
        const capture = attributes.capture ?? '';
        const n = Number(attributes.n);
        if (!capture) result.problems.push(error(place, ':::comment needs capture="<file in content/sources/>"'));
        if (!Number.isInteger(n) || n < 1) result.problems.push(error(place, ':::comment needs n=<its number in the capture, from 1>'));
        if (capture && frontmatter && !frontmatter.sources.includes(capture)) {
          result.problems.push(error(place, `:::comment comes from capture "${capture}", which is not in this essay's sources: add it to sources or fix the name`));
        }
        return { ...scope, comment: { capture, n: Number.isInteger(n) ? n : 0 } };
      }
    }
  }
}

function readFrontmatter(file: string, yaml: Yaml | undefined, problems: Problem[]): Essay | undefined {
  if (!yaml) {
    problems.push(error({ file, line: 1, column: 1 }, 'no frontmatter: start the file with a --- block giving title, author, outlet, published, stance, sources and summary'));
    return undefined;
  }
  const firstLine = (yaml.position?.start.line ?? 1) + 1;
  const document = parseDocument(yaml.value, { prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number): number => firstLine + (yaml.value.slice(0, offset).match(/\n/g)?.length ?? 0);
  if (document.errors.length > 0) {
    for (const problem of document.errors) {
      problems.push(error({ file, line: lineOf(problem.pos[0]), column: 1 }, `frontmatter is not valid YAML: ${problem.message.split('\n')[0]}`));
    }
    return undefined;
  }
  const keyLine = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLine.set(String(pair.key.value), lineOf(pair.key.range[0]));
    }
  }
  const data: unknown = document.toJS();
  const parsed = EssaySchema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
    const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const line = (top && keyLine.get(top)) ?? (yaml.position?.start.line ?? 1);
    let message: string;
    if (issue.code === 'unrecognized_keys') {
      message = `frontmatter has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    } else if (issue.code === 'invalid_type' && top !== undefined && !keyLine.has(top)) {
      message = `frontmatter field "${field}" is missing: add it`;
    } else {
      message = `frontmatter field "${field ?? '(root)'}": ${issue.message}`;
    }
    problems.push(error({ file, line, column: 1 }, message));
  }
  return undefined;
}
