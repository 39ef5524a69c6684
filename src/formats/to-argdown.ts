import type { Graph, GraphEssay } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { AbsoluteUrl } from '../urls/absolute-url.ts';
import { dateProvenance } from '../words/date-provenance.ts';
import { claimVoice } from '../words/voice.ts';
import type { Relation } from '../schemas/relation.ts';
import { stanceLabel } from '../words/stance-label.ts';
import { siteTagline } from '../words/site-tagline.ts';
import { SITE_NAME } from '../words/site-name.ts';
import { collapseSpace } from '../words/collapse-space.ts';

/** What `toArgdown` needs besides the graph. */
export interface ArgdownOptions {
  /** Makes a graph URL path absolute on the site's address (`absoluteUrl`); undefined leaves the url out. */
  absoluteUrl: AbsoluteUrl;
}


// Characters that open Argdown syntax anywhere in a line: references and definitions ([ ] < >),
// data ({ }), tags and headings (#), bold and italic (* _), mentions (@), comments (/), escapes (\).
const ALWAYS = new Set(['\\', '[', ']', '<', '>', '{', '}', '#', '*', '_', '@', '/']);
// ".name." and ":name:" are Argdown shortcodes (":+1:" becomes an emoji), "--" ends an inference,
// "===" opens front matter: escape the first character only where such a token would start.
const SHORTCODE = /^[.:][^\s]+?[.:]/;

/**
 * Escapes text so that Argdown reads it back as exactly that text: a backslash before every
 * character that could start Argdown syntax. Whitespace is collapsed to single spaces.
 */
export function escapeArgdown(text: string): string {
  const flat = collapseSpace(text);
  let out = '';
  for (let i = 0; i < flat.length; i += 1) {
    const char = flat[i]!;
    const rest = flat.slice(i);
    const escape =
      ALWAYS.has(char) ||
      ((char === '.' || char === ':') && SHORTCODE.test(rest)) ||
      (char === '-' && (rest.startsWith('--') || rest.startsWith('->'))) ||
      (char === '=' && rest.startsWith('==')) ||
      // A line may not start with relation, list or number syntax; text always follows a title,
      // but escape a leading sign anyway so the text survives being moved to a line of its own.
      (i === 0 && /^[-+(\d]/.test(char));
    out += escape ? `\\${char}` : char;
  }
  return out;
}

/** A one-line `//` comment (our words); newlines would end it early. */
function comment(text: string): string {
  return `// ${collapseSpace(text)}`;
}

/**
 * A YAML double-quoted value (JSON's quoting is valid YAML) that Argdown's lexer also reads whole: it
 * ends front matter at any "===" and data at "}", and opens comments, emphasis and references at "/*", "*", "[" and "<", even
 * inside quotes (the fuzzer in tests/unit/formats/export-escaping.test.ts found each), so those characters
 * are written as \u escapes, which YAML decodes back.
 */
function quoted(value: string | number): string {
  // "/" only next to "*", so that URLs stay readable in the file.
  return JSON.stringify(value).replace(/[={}*_[\]<>]|\/(?=\*)|(?<=\*)\//g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Argdown data: YAML flow syntax, each value quoted so it stays intact. */
function data(fields: Record<string, string | number | undefined>): string {
  return `{${Object.entries(fields).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${quoted(value!)}`).join(', ')}}`;
}

/** The heading text for an essay: author (marked when attributed), title, outlet, date (marked when inferred). */
function essayHeading(essay: GraphEssay): string {
  const provenance = dateProvenance(essay);
  const date = `${essay.published}${provenance ? `, date ${provenance}` : ''}`;
  const author = essay.authorBasis === 'attributed' ? `${essay.author} (attributed)` : essay.author;
  return `${author}: ${essay.title} (${essay.outlet}, ${date})`;
}

/** The title of the Argdown argument that stands for a relation another claim undercuts. */
export function undercutArgumentTitle(relation: Pick<Relation, 'id'>): string {
  return relation.id;
}

/** The front matter and opening comments of the Argdown export, down to the question. */
function argdownHeader(graph: Graph, options: ArgdownOptions): string[] {
  const authors = graph.essays.map((essay) => essay.author);
  return [
    '===',
    `title: ${quoted(`${SITE_NAME}: ${siteTagline(graph.essays.length)}`)}`,
    `subTitle: ${quoted(graph.question.text)}`,
    `author: ${quoted('Counterpoint editors (the map); the essays: ' + authors.join(', '))}`,
    '===',
    '',
    comment('Exported from Counterpoint\'s graph.json (schemaVersion ' + graph.schemaVersion + '). Statement titles are the Counterpoint editors\' short titles for the claims, not the authors\' words; each statement\'s id on the site is in its data.'),
    comment('Each statement\'s text is the essay\'s exact words (whitespace collapsed); headings, data, relations and // comments are the Counterpoint editors\', not the authors\'.'),
    comment('An argument <from--type--to> stands for a relation that another claim undercuts (_>): it denies that [from] bears on [to].'),
    '',
    `[${graph.question.id}]: ${escapeArgdown(graph.question.text)} ${data({ kind: 'question', url: options.absoluteUrl('/') })}`,
    '',
  ];
}

/** A claim's statement title, given its id: `[its title]`, or `[its id]` while it has none. */
type TitleOf = (id: string) => string;

/** What a relation points at: `<relation-id>` for an undercut, the claim's `[title]` otherwise. */
function target(relation: Relation, titleOf: TitleOf): string {
  return relation.type === 'undercuts' ? `<${relation.to}>` : titleOf(relation.to);
}

/** The argument standing for a relation another claim undercuts: `(1) [from] ---- (2) [to]` (see `toArgdown`). */
function undercutArgument(relation: Relation, from: Claim | undefined, titleOf: TitleOf): string[] {
  const conclusion =
    relation.type === 'supports'
      ? [`(2) ${titleOf(relation.to)}`]
      : [
          `(2) [${relation.id}--conclusion]: ${escapeArgdown(`Counterpoint's reconstruction: ${relation.type === 'rebuts' ? `the claim ${relation.to} does not hold` : `the relation ${relation.to} does not hold`}.`)}`,
          `  ${relation.type === 'rebuts' ? '->' : '_>'} ${target(relation, titleOf)}`,
        ];
  return [
    ...(relation.note ? [comment(`Counterpoint note: ${relation.note}`)] : []),
    `<${undercutArgumentTitle(relation)}>: ${escapeArgdown(`Counterpoint's reconstruction of the relation ${relation.id}, which another claim undercuts.`)} ${data({ relation: relation.type, ...(from ? { essay: from.essay } : {}) })}`,
    '',
    `(1) ${titleOf(relation.from)}`,
    '----',
    ...conclusion,
    '',
  ];
}

/**
 * Writes the argument graph as Argdown (https://argdown.org): a front-matter block, the central
 * question as the root statement, then one `#` section per essay (in reading order; Argdown draws
 * each as a group) holding one statement per claim, titled by the claim's title, which is ours
 * (`[Putin fights for regime security]: text {id: "greene-regime-security", …}`; by its id while it has
 * none: titles are unique across the site, and Argdown takes a title as the statement's identity),
 * with its outgoing relations as `+>` (supports), `->` (rebuts) and `_>` (undercuts) lines. Reader
 * claims sit in a `##` section under the essay they answer. Our notes on relations are `//` comments
 * above the relation they explain.
 *
 * Argdown undercuts the inference of an argument, so a relation that some claim undercuts is written
 * as an argument titled by the relation's id, `<from--supports--to>`, whose premise-conclusion structure
 * is `(1) [from] ---- (2) [to]`; the undercutting claim points at it with `_> <from--supports--to>`. (For
 * an undercut rebuttal or undercut, the conclusion is our one-line reconstruction, attacking `[to]` or
 * undercutting `<to>`.) The relation is then drawn through its argument only, never twice.
 */
export function toArgdown(graph: Graph, options: ArgdownOptions): string {
  const lines: string[] = argdownHeader(graph, options);

  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const undercut = new Set(graph.relations.filter((relation) => relation.type === 'undercuts').map((relation) => relation.to));
  const outgoing = Map.groupBy(graph.relations, (relation) => relation.from);
  const arrow = { supports: '+>', rebuts: '->', undercuts: '_>' } as const;
  const titleOf: TitleOf = (id) => `[${claims.get(id)?.title ?? id}]`;
  const statement = (claim: Claim): string[] => {
    const essay = essays.get(claim.essay);
    const fields: Record<string, string | number | undefined> = {
      id: claim.id,
      kind: claim.kind,
      essay: claim.essay,
      n: claim.n,
      ...(claim.kind === 'reported' && essay ? { voice: claimVoice(claim, essay).phrase } : {}),
      url: options.absoluteUrl(claim.url),
      anchor: options.absoluteUrl(claim.anchor),
    };
    const block = [`${titleOf(claim.id)}: ${escapeArgdown(claim.text)} ${data(fields)}`];
    for (const relation of outgoing.get(claim.id) ?? []) {
      // An undercut relation is drawn by its argument (below), so not here as well.
      if (undercut.has(relation.id)) continue;
      if (relation.note) block.push(`  ${comment(`Counterpoint note: ${relation.note}`)}`);
      block.push(`  ${arrow[relation.type]} ${target(relation, titleOf)}`);
    }
    return [...block, ''];
  };
  const argument = (relation: Relation): string[] => undercutArgument(relation, claims.get(relation.from), titleOf);

  const byEssay = Map.groupBy(graph.claims, (claim) => claim.essay);
  for (const essay of graph.essays) {
    const essayClaims = byEssay.get(essay.id) ?? [];
    lines.push(`# ${escapeArgdown(essayHeading(essay))}`, '');
    lines.push(comment(`Counterpoint summary: ${essay.summary}`));
    if (essay.authorNote) lines.push(comment(`Counterpoint note on the author: ${essay.authorNote}`));
    if (essay.publishedBasis) lines.push(comment(`Counterpoint note on the date: ${essay.publishedBasis}`));
    const read = options.absoluteUrl(essay.url);
    lines.push(comment(`Stance on the question: ${stanceLabel(essay)}.${read ? ` Read it at ${read}` : ''}`), '');
    for (const claim of essayClaims.filter((item) => item.kind !== 'reader')) lines.push(...statement(claim));
    // Each undercut relation's argument sits in the section of the claim it starts from.
    for (const relation of graph.relations) {
      if (undercut.has(relation.id) && claims.get(relation.from)?.essay === essay.id && claims.get(relation.from)?.kind !== 'reader') lines.push(...argument(relation));
    }
    const readers = essayClaims.filter((item) => item.kind === 'reader');
    if (readers.length > 0) {
      lines.push(`## ${escapeArgdown(`Reader comments on ${essay.title}`)}`, '');
      for (const claim of readers) lines.push(...statement(claim));
      for (const relation of graph.relations) {
        if (undercut.has(relation.id) && claims.get(relation.from)?.essay === essay.id && claims.get(relation.from)?.kind === 'reader') lines.push(...argument(relation));
      }
    }
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
