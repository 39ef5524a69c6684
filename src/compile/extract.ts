import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import type { Root, Nodes, Parents, Yaml, Heading, Html, Image, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { CLAIM_KINDS, CLAIM_ID_MAX_LENGTH, ClaimIdSchema } from '../schemas/claim.ts';
import { CLAIM_RELATION_TYPES, type RelationType } from '../schemas/relation.ts';
import { IsoDateSchema, type Essay } from '../schemas/essay.ts';
import { ATTRIBUTES, CLAIM, COMMENT, COMMENTS, DIRECTIVES, MARKS, NOTE, NOTE_KINDS, TWEET, USAGE, attributesOf, type DirectiveType } from '../markup/grammar.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { scanAttributes, type ScanResult } from './scan-attributes.ts';
import { attributeErrorMessage, diagnoseLabel, describeBadIdCharacter } from './syntax-messages.ts';
import { maxNesting, MAX_NESTING } from './max-nesting.ts';
import type { Place, Problem } from './problem.ts';

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
  /** Our short title for the claim (`title="…"`), when the markup gives one. */
  title?: string;
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

/** A block of text a reader sees on the essay page (a paragraph, heading, tweet line…), for the fidelity checks. */
export interface ExtractedBlock {
  /** Its plain text, white space collapsed. */
  text: string;
  /** Where it starts. */
  place: Place;
  /** For the words of a reader comment: the comment. */
  comment?: { capture: string; n: number };
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
  /** The element ids rehype-slug gives the essay's headings (github-slugger), with where each heading is. */
  slugs: Array<{ id: string; place: Place }>;
  /** Every block of text shown on the page, in order (body, notes, tweets, reader comments; not our relation notes). */
  blocks: ExtractedBlock[];
  /** Errors found in this file alone. */
  problems: Problem[];
}

const ESSAY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CLAIM_ATTRIBUTES = new Set<string>(ATTRIBUTES[CLAIM]);
const RELATION_ATTRIBUTES = new Set<string>(ATTRIBUTES.relation);
// Blocks whose text is shown as one run (a paragraph, a heading, a table cell).
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
// Inline nodes whose text runs on without a break ("*un*done", "peace]{…}.").
const INLINE = new Set(['emphasis', 'strong', 'link', 'textDirective', 'delete', 'linkReference']);

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** Parses essay Markdown (frontmatter, directives) into mdast. Never throws on any string. */
export function parseEssayMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** What is known about a node from the directives around it. */
interface Scope {
  /** The paragraph or heading it stands in. */
  paragraph: Parents | undefined;
  /** The claim it stands in. */
  claim: TextDirective | undefined;
  /** The reader comment it stands in. */
  comment: { capture: string; n: number } | undefined;
  /** Inside `::::comments`. */
  inComments: boolean;
  /** Inside a note or a tweet. */
  inAside: boolean;
  /** The nearest container directive. */
  container: ContainerDirective | undefined;
}

/**
 * Pulls the claims and relations out of one essay's Markdown.
 * Never throws: whatever is wrong in the file comes back in `problems`, each with its line
 * (collected as vfile messages, printed as `file:line:column: error: …`).
 *
 * @param file path shown in messages, e.g. `content/essays/call-putin-out.md`
 * @param markdown the file's text
 * @param today the build date (YYYY-MM-DD), for the publication-date check
 */
export function extractEssay(file: string, markdown: string, today?: string): ExtractedEssay {
  const id = (file.split('/').pop() ?? file).replace(/\.md$/, '');
  const vfile = new VFile({ path: file, value: markdown });
  const result: ExtractedEssay = { id, file, claims: [], relations: [], words: 0, broken: [], fields: {}, slugs: [], blocks: [], problems: [] };
  const report = (place: Place, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const note = vfile.message(message, { place: { line: place.line, column: place.column }, source: 'counterpoint' });
    note.fatal = severity === 'error';
  };
  const at = (node: Nodes | undefined): Place => ({
    file,
    line: node?.position?.start.line ?? 1,
    column: node?.position?.start.column ?? 1,
  });
  const placeOf = (offset: number): Place => {
    const before = markdown.slice(0, offset);
    const line = before.split('\n').length;
    return { file, line, column: offset - before.lastIndexOf('\n') };
  };
  const finish = (): ExtractedEssay => {
    result.problems = vfile.messages.map((message) => ({
      severity: message.fatal ? 'error' : 'warning',
      file,
      line: message.line ?? 1,
      column: message.column ?? 1,
      message: message.reason,
    }));
    return result;
  };

  if (!ESSAY_ID.test(id)) {
    // The essay id becomes the page URL and Astro's collection id; Astro would slug it differently.
    report({ file, line: 1, column: 1 }, `essay file name "${id}.md" is not kebab-case: rename it with lower-case letters, digits and single hyphens, e.g. "why-putin-fights.md"`);
  }
  const tree = parseEssayMarkdown(markdown);

  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatterProblems: Problem[] = [];
  const frontmatter = readFrontmatter(file, yaml, frontmatterProblems, result.fields, today);
  for (const problem of frontmatterProblems) report(problem, problem.message, problem.severity);
  if (frontmatter) result.frontmatter = frontmatter;

  // The walk below, and the renderer after it, recurse once per level: a file nested thousands deep
  // would overflow the stack, so it is refused before anything walks it.
  const deepest = maxNesting(tree);
  if (deepest.depth > MAX_NESTING) {
    report(
      at(deepest.node),
      `blocks are nested ${deepest.depth} deep here (quotes, lists or notes inside one another): an essay may nest them at most ${MAX_NESTING} deep; remove the extra levels (e.g. the extra ">" marks)`,
    );
    return finish();
  }

  const comments = new Map<string, Place>();
  const lastComment = new Map<string, number>();
  const commentOf = new WeakMap<ContainerDirective, { capture: string; n: number }>();
  // Source ranges already explained by a claim-syntax error: text there is not reported again.
  const explained: Array<[number, number]> = [];
  const body: string[] = [];
  const slugger = new GithubSlugger();
  const sourceLines = markdown.split('\n');

  visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
    const scope = scopeOf(ancestors);
    if (!scope.inAside && !scope.inComments) {
      // Text nodes split words at markup ("*un*done", "peace]{…}."), so words are counted over the
      // joined text of each block, not node by node.
      if (node.type === 'text') body.push(node.value);
      else if (!INLINE.has(node.type)) body.push(' ');
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      const known: readonly string[] = DIRECTIVES[node.type];
      if (!known.includes(node.name)) {
        const mark = MARKS[node.type];
        const elsewhere = (Object.keys(DIRECTIVES) as DirectiveType[]).find((type) => (DIRECTIVES[type] as readonly string[]).includes(node.name));
        report(
          at(node),
          elsewhere
            ? `"${mark}${node.name}" has the wrong number of colons: write ${MARKS[elsewhere]}${node.name} (${USAGE[elsewhere]})`
            : `unknown directive "${mark}${node.name}": use one of ${known.map((name) => mark + name).join(', ')}` +
                (node.type === 'textDirective' ? ` (if the colon is essay text, escape it as "\\:${node.name}")` : ''),
        );
        return SKIP;
      }
      checkRepeatedAttributes(node);
    }
    if (TEXT_BLOCKS.has(node.type) && !ancestors.some((parent) => TEXT_BLOCKS.has(parent.type))) {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) result.blocks.push({ text, place: at(node), ...(scope.comment ? { comment: scope.comment } : {}) });
    }
    switch (node.type) {
      case 'heading':
        if (!scope.inComments) result.slugs.push({ id: slugger.slug(toString(node as Heading)), place: at(node) });
        return undefined;
      case 'textDirective':
        readClaim(node, scope);
        return undefined;
      case 'leafDirective':
        readRelation(node);
        return SKIP;
      case 'containerDirective':
        readContainer(node, scope);
        return undefined;
      case 'text':
        checkLeftoverSyntax(node, scope);
        return undefined;
      case 'html':
        checkHtml(node);
        return undefined;
      case 'image':
        checkImage(node);
        return undefined;
      default:
        return undefined;
    }
  });
  result.words = body.join('').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  // Notes, a tweet or reader comments alone are not an essay.
  if (result.words === 0) {
    const end = yaml?.position?.end.line;
    report({ file, line: end === undefined ? 1 : end + 1, column: 1 }, 'the essay has no body: write the essay\'s text below the frontmatter');
  }
  return finish();

  function scopeOf(ancestors: readonly Parents[]): Scope {
    const scope: Scope = { paragraph: undefined, claim: undefined, comment: undefined, inComments: false, inAside: false, container: undefined };
    for (const parent of ancestors) {
      if (parent.type === 'paragraph' || parent.type === 'heading') scope.paragraph = parent;
      else if (parent.type === 'textDirective' && parent.name === CLAIM) scope.claim ??= parent;
      else if (parent.type === 'containerDirective') {
        scope.container = parent;
        if (parent.name === NOTE || parent.name === TWEET) scope.inAside = true;
        else if (parent.name === COMMENTS) scope.inComments = true;
        else if (parent.name === COMMENT) scope.comment = commentOf.get(parent);
      }
    }
    return scope;
  }

  /** The `{…}` block of a parsed directive, read again from the source to see what the parser merged. */
  function attributeBlock(node: TextDirective | LeafDirective | ContainerDirective): ScanResult | undefined {
    const start = node.position?.start.offset;
    if (start === undefined) return undefined;
    let i = start;
    while (markdown[i] === ':') i++;
    i += node.name.length;
    if (markdown[i] === '[') {
      let depth = 0;
      for (; i < markdown.length; i++) {
        if (markdown[i] === '\\') i++;
        else if (markdown[i] === '[') depth++;
        else if (markdown[i] === ']' && --depth === 0) break;
      }
      i++;
    }
    if (markdown[i] !== '{') return undefined;
    return scanAttributes(markdown, i, node.type === 'textDirective');
  }

  function checkRepeatedAttributes(node: TextDirective | LeafDirective | ContainerDirective): void {
    if (Object.keys(node.attributes ?? {}).length === 0) return;
    const block = attributeBlock(node);
    if (!block?.ok) return;
    const seen = new Map<string, string>();
    const label = node.type === 'textDirective' ? `:${node.name}` : `${MARKS[node.type]}${node.name}`;
    for (const attribute of block.attributes) {
      if (attribute.name === 'class') continue;
      const written = attribute.name === 'id' ? `#${attribute.value}` : attribute.value ? `${attribute.name}=${attribute.value}` : attribute.name;
      const first = seen.get(attribute.name);
      if (first !== undefined) {
        const joined = (CLAIM_RELATION_TYPES as readonly string[]).includes(attribute.name) && node.name === CLAIM;
        report(
          placeOf(attribute.offset),
          `${label} repeats ${attribute.name === 'id' ? 'its id' : `"${attribute.name}"`} (${first}, then ${written}): an attribute is read once and the parser keeps only the last; ` +
            (joined ? `list every target in one ${attribute.name}="a b"` : 'keep the one you mean'),
        );
      } else seen.set(attribute.name, written);
    }
  }

  function readClaim(node: TextDirective, scope: Scope): void {
    const attributes = node.attributes ?? {};
    const place = at(node);
    if (scope.claim) {
      report(place, `a claim inside a claim ("${scope.claim.attributes?.id ?? '?'}"): claims do not nest; mark the inner words as a separate claim beside it`);
      if (attributes.id) result.broken.push(attributes.id);
      return;
    }
    for (const name of Object.keys(attributes)) {
      if (!CLAIM_ATTRIBUTES.has(name)) {
        report(
          place,
          name === 'class'
            ? 'claims take no classes: remove the ".class" attribute'
            : name === 'undercuts'
              ? 'an undercut targets a relation, not a claim: remove undercuts="…" and write ::undercuts[why]{from=this-claim to=<from>--<type>--<to>} on a line of its own'
              : `unknown relation type "${name}": a claim takes #id, kind=, holder= (reported claims) and relations ${CLAIM_RELATION_TYPES.map((type) => `${type}="…"`).join(' or ')}`,
        );
      }
    }
    const id = attributes.id;
    if (!id) {
      const why = diagnoseClaimSyntax(node);
      if (why) report(why.place, why.message);
      else report(place, 'claim has no id: add {#some-id} after the brackets');
      return;
    }
    if (id.length > CLAIM_ID_MAX_LENGTH) {
      report(place, `claim id "${id.slice(0, 40)}…" is ${id.length} characters long: ids become folder and file names, so keep them to ${CLAIM_ID_MAX_LENGTH} characters at most`);
      return;
    }
    if (!ClaimIdSchema.safeParse(id).success) {
      const odd = describeBadIdCharacter(id);
      report(place, odd ? `claim id "${id}" ${odd}` : `claim id "${id}" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "greene-regime-security"`);
      return;
    }
    const kind = attributes.kind;
    if (!kind) {
      report(place, `claim "${id}" has no kind: add kind=${CLAIM_KINDS.join('|')}`);
      result.broken.push(id);
      return;
    }
    if (!(CLAIM_KINDS as readonly string[]).includes(kind)) {
      report(place, `unknown claim kind "${kind}" on "${id}": use one of ${CLAIM_KINDS.join(', ')}`);
      result.broken.push(id);
      return;
    }
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) {
      report(place, `claim "${id}" wraps no words: put the essay's words inside the brackets`);
      result.broken.push(id);
      return;
    }
    // Format characters (zero-width space, joiners, direction marks) draw nothing: a claim of only them is empty.
    if (!text.replace(/[\p{Cf}\s]/gu, '')) {
      const codes = [...new Set([...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))].join(', ');
      report(place, `claim "${id}" wraps no visible words, only invisible characters (${codes}): put the essay's words inside the brackets`);
      result.broken.push(id);
      return;
    }
    if (kind === 'reader' && !scope.comment) {
      report(place, `claim "${id}" is kind=reader but stands outside a reader comment: move it into a :::comment or change its kind`);
    }
    if (kind !== 'reader' && scope.comment) {
      report(place, `claim "${id}" stands in a reader comment but is kind=${kind}: claims in reader comments are kind=reader`);
    }
    const holder = attributes.holder?.replace(/\s+/g, ' ').trim();
    if (attributes.holder !== undefined && kind !== 'reported') {
      report(place, `claim "${id}" has holder="…" but is kind=${kind}: only a reported claim (someone else's view) names its holder`);
    } else if (attributes.holder !== undefined && !holder) {
      report(place, `claim "${id}" has an empty holder="": name whose view it is as the essay does, or remove the attribute`);
    }
    if (scope.inAside && !scope.comment) {
      report(place, `claim "${id}" stands in a note or tweet: claims mark the essay's own words or a reader comment's`);
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
    const title = attributes.title?.replace(/\s+/g, ' ').trim();
    if (title) claim.title = title;
    result.claims.push(claim);
    for (const type of CLAIM_RELATION_TYPES) {
      const targets = attributes[type];
      if (targets === undefined || targets === null) continue;
      const ids = targets.split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0) report(place, `claim "${id}" has an empty ${type}="": name the claim ids it ${type}, or remove the attribute`);
      for (const to of ids) result.relations.push({ from: id, to, type, place });
    }
  }

  /**
   * Why a claim came out of the parser without attributes: its brackets or braces did not close, or
   * its attributes do not parse. remark-directive then leaves the rest as text and says nothing.
   */
  function diagnoseClaimSyntax(node: TextDirective): { place: Place; message: string } | undefined {
    const end = node.position?.end.offset;
    if (end === undefined) return undefined;
    if (node.children.length === 0 && markdown[end] === '[') {
      const label = diagnoseLabel(markdown, end);
      if (!label) return undefined;
      explained.push([end, label.until]);
      return { place: placeOf(label.offset), message: label.message };
    }
    if (markdown[end] === '{') {
      const scanned = scanAttributes(markdown, end, true);
      if (scanned.ok) return undefined;
      const until = markdown.slice(end).search(/\n[ \t]*\n/);
      explained.push([end, until === -1 ? markdown.length : end + until]);
      return { place: placeOf(scanned.error.offset), message: attributeErrorMessage(scanned.error, 'the claim', placeOf) };
    }
    return undefined;
  }

  /** Directive syntax the parser did not take shows up as text on the page: say why it did not parse. */
  function checkLeftoverSyntax(node: Text, scope: Scope): void {
    const start = node.position?.start.offset;
    if (start === undefined || explained.some(([from, to]) => start >= from && start < to)) return;
    const lines = node.value.split('\n');
    const first = node.position!.start.line;
    let opened = false;
    for (const [index, line] of lines.entries()) {
      const lineNumber = first + index;
      const sourceLine = sourceLines[lineNumber - 1] ?? '';
      // Read the source, not the parsed text: "\\:claim\\[" escaped by the author is meant as text.
      const trimmed = sourceLine.replace(/^\s*(?:>\s*)*/, '').trim();
      if (!line.trim()) continue;
      // Block markup ("::: note", a bare ":::") only counts where the text starts its source line.
      const atLineStart = index > 0 || sourceLine.slice(0, node.position!.start.column - 1).replace(/[\s>]/g, '') === '';
      if (!atLineStart || !line.trim().startsWith(':')) {
        checkInline(line, sourceLine, lineNumber, scope);
        continue;
      }
      const column = Math.max(1, sourceLine.indexOf(trimmed) + 1);
      const place: Place = { file, line: lineNumber, column };
      const fence = /^(:{3,})$/.exec(trimmed);
      if (fence) {
        if (opened) {
          opened = false;
          continue;
        }
        const container = scope.container;
        const open = container ? /^:+/.exec(markdown.slice(container.position?.start.offset ?? 0))?.[0] ?? ':::' : undefined;
        report(
          place,
          container && open
            ? `this "${fence[1]}" does not close the "${open}${container.name}" opened at line ${at(container).line}: a block closes with as many colons as it opens with; write "${open}"`
            : `this "${fence[1]}" closes no block and would be shown as text: remove it, or fix the line that should open the block`,
        );
        continue;
      }
      const spaced = /^(:{2,})\s+([A-Za-z][\w-]*)/.exec(trimmed);
      if (spaced) {
        report(place, `"${spaced[1]} ${spaced[2]}" has a space after the colons, so it is not read as a directive and would be shown as text: write "${spaced[1]}${spaced[2]}"`);
        opened = true;
        continue;
      }
      const directive = /^(:{2,})([A-Za-z][\w-]*)[[{]/.exec(trimmed);
      if (directive) {
        const brace = trimmed.indexOf('{');
        const offset = lineOffset(lineNumber) + column - 1 + brace;
        const scanned = brace === -1 ? undefined : scanAttributes(markdown, offset, false);
        const what = `"${directive[1]}${directive[2]}"`;
        report(
          scanned && !scanned.ok ? placeOf(scanned.error.offset) : place,
          scanned && !scanned.ok
            ? `${attributeErrorMessage(scanned.error, what, placeOf)}; until then the whole block is shown as text`
            : `${what} is not read as a directive and would be shown as text: check its brackets [ ] and braces { }`,
        );
        opened = directive[1]!.length >= 3;
        continue;
      }
      checkInline(line, sourceLine, lineNumber, scope);
    }
  }

  /** Claim markup left in a line of text: in the parsed text and, unescaped, in the source. */
  function checkInline(line: string, sourceLine: string, lineNumber: number, scope: Scope): void {
    const inline = /(?:^|[^\\\w:])(:claim[[{]|\]\{[#.a-z])/.exec(line);
    if (!inline || scope.claim || !sourceLine.includes(inline[1]!)) return;
    report({ file, line: lineNumber, column: sourceLine.indexOf(inline[1]!) + 1 }, `claim markup "${inline[1]}" is not read as a claim and would be shown as text: check the claim's brackets [ ] and braces { }`);
  }

  function lineOffset(line: number): number {
    let offset = 0;
    for (let current = 1; current < line; current++) offset += sourceLines[current - 1]!.length + 1;
    return offset;
  }

  function checkHtml(node: Html): void {
    if (node.value.trimStart().startsWith('<!--')) {
      report(at(node), 'an HTML comment would be shown to readers as text (raw HTML in an essay is escaped, never hidden): delete it, or keep the note outside the essay file');
    }
  }

  function checkImage(node: Image): void {
    const url = node.url;
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
      report(at(node), `image "${url}" is on another site: the pages load nothing from other origins (their security policy blocks it), so it would show broken; essays hold the captured text, remove the image`);
    } else if (!url.startsWith('/')) {
      report(at(node), `image "${url}" is a relative path, which the essay pages cannot resolve: essays hold the captured text, remove the image`);
    } else {
      report(at(node), `image "${url}": essays hold the captured text and the essay pages show no images; remove it`);
    }
  }

  function readRelation(node: LeafDirective): void {
    const place = at(node);
    const attributes = node.attributes ?? {};
    const type = node.name as RelationType;
    for (const name of Object.keys(attributes)) {
      if (!RELATION_ATTRIBUTES.has(name)) report(place, `::${type} takes only from=, to= and contestable, not "${name}": remove it`);
    }
    const contestable = attributes.contestable;
    if (contestable !== undefined && contestable !== null && contestable !== '' && contestable !== 'true') {
      report(place, `::${type} has contestable="${contestable}": write the bare word contestable, or leave it out`);
    }
    const from = attributes.from?.trim();
    const to = attributes.to?.trim();
    if (!from || !to) {
      report(place, `::${type} needs both ends: write ::${type}[note]{from=claim-id to=${type === 'undercuts' ? '<from>--<type>--<to>' : 'claim-id'}}`);
      return;
    }
    const note = toString(node).replace(/\s+/g, ' ').trim();
    if (!note) {
      report(place, `::${type} from "${from}" to "${to}" has an empty note: say in the brackets why the relation holds`);
      return;
    }
    result.relations.push({ from, to, type, note, place, ...(contestable !== undefined && contestable !== null ? { contestable: true } : {}) });
  }

  function readContainer(node: ContainerDirective, scope: Scope): void {
    const place = at(node);
    const attributes = node.attributes ?? {};
    // micromark closes a container left open at the end of its parent: everything after it would be inside.
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) {
      const open = /^:+/.exec(markdown.slice(start.offset))?.[0] ?? ':::';
      const lastLine = markdown.slice(0, end.offset).split('\n').at(-1)!.trim();
      // A shorter fence inside ("::::note" … ":::") is reported where it stands, as the real mistake.
      const shorter = markdown.slice(start.offset, end.offset).split('\n').some((line) => /^\s*:{3,}\s*$/.test(line) && line.trim().length < open.length);
      if (!new RegExp(`^:{${open.length},}$`).test(lastLine) && !shorter) {
        report(place, `this "${open}${node.name}" is never closed, so everything after it (to line ${end.line}) is inside it: close it with "${open}" on a line of its own after its last line`);
      }
    }
    const empty = toString(node).trim().length === 0;
    for (const name of Object.keys(attributes)) {
      const allowed = attributesOf(node.name);
      if (!allowed.includes(name)) {
        report(place, `:::${node.name} takes ${allowed.length ? allowed.map((one) => `${one}=`).join(', ') : 'no attributes'}, not "${name}": remove it or check the spelling`);
      }
    }
    switch (node.name) {
      case NOTE: {
        const kind = attributes.kind ?? '';
        if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
          report(place, kind ? `unknown note kind "${kind}": use kind=${NOTE_KINDS.join('|')}` : `:::note has no kind: add {kind=${NOTE_KINDS.join('|')}}`);
        }
        if (empty) report(place, ':::note is empty: put the capture\'s words between ":::note" and ":::", or remove it');
        return;
      }
      case TWEET: {
        if (!attributes.author) report(place, ':::tweet needs author="…" (the tweet\'s author as the capture names them)');
        if (empty) report(place, ':::tweet is empty: put the tweet\'s words between ":::tweet" and ":::"');
        if (attributes.datetime !== undefined && !IsoDateSchema.safeParse(attributes.datetime).success) {
          report(place, `:::tweet datetime="${attributes.datetime}" is not an ISO date: write the tweet's date as YYYY-MM-DD`);
        }
        // The attribution line is shown under the tweet: it is capture text too.
        for (const name of ['author', 'handle', 'date'] as const) {
          const value = attributes[name]?.replace(/\s+/g, ' ').trim();
          if (value) result.blocks.push({ text: value, place });
        }
        return;
      }
      case COMMENTS:
        if (scope.inComments) report(place, '::::comments blocks do not nest: close the first with :::: before opening another');
        for (const child of node.children) {
          if (child.type !== 'containerDirective' || child.name !== COMMENT) {
            report(at(child), 'a ::::comments block holds only :::comment blocks: wrap this in :::comment{capture="…" n=…} or move it out');
          }
        }
        return;
      default: {
        // comment
        if (!scope.inComments) {
          report(place, ':::comment stands outside a comments block: wrap the reader comments in ::::comments … :::: after the essay');
        }
        const capture = attributes.capture ?? '';
        const n = Number(attributes.n);
        if (!capture) report(place, ':::comment needs capture="<file in content/sources/>"');
        if (!Number.isInteger(n) || n < 1) report(place, ':::comment needs n=<its number in the capture, from 1>');
        if (capture && frontmatter && !frontmatter.sources.includes(capture)) {
          report(place, `:::comment comes from capture "${capture}", which is not in this essay's sources: add it to sources or fix the name`);
        }
        const key = `${capture}#${n}`;
        const first = comments.get(key);
        if (capture && Number.isInteger(n) && first) {
          report(place, `comment ${n} of "${capture}" is marked twice (first at line ${first.line}): number each comment once`);
        } else if (capture && Number.isInteger(n) && n >= 1) {
          comments.set(key, place);
          // Numbers are the comments' order in the capture: 1, 2, 3…, so a reader can find each one there.
          const expected = (lastComment.get(capture) ?? 0) + 1;
          if (n !== expected) {
            report(place, `comment ${n} of "${capture}" comes where comment ${expected} should: number a capture's comments 1, 2, 3… in the order they appear in it`);
          }
          lastComment.set(capture, Math.max(n, lastComment.get(capture) ?? 0));
        }
        if (empty) report(place, ':::comment is empty: put the reader comment\'s words inside it');
        commentOf.set(node, { capture, n: Number.isInteger(n) ? n : 0 });
        return;
      }
    }
  }
}
