import type { Root, Element, ElementContent, Parents } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { Graph } from '../schemas/graph.ts';
import { essayIdOfFile } from '../schemas/kebab-id.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Published } from '../schemas/published.ts';
import { claimRelations, type ClaimRelation } from '../graph/claim-relations.ts';
import { KIND_LABELS } from '../words/kind-labels.ts';
import { FOLD_DIRECTIONS, READING_WORDS as W, joinNames, shortVoice } from '../words/reading-words.ts';
import { resolvePublished } from '../ledger/resolve-published.ts';
import { relationList } from './relation-list.ts';
import { pathWithBase } from '../urls/path-with-base.ts';

/** Elements whose content is phrasing only: claim notes go after them, as siblings. */
const PHRASING_HOSTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'dt']);

/** Options for `rehypeClaimNotes`. */
export interface RehypeClaimNotesOptions {
  /** The argument graph (`src/data/graph.json`, read once by the caller). */
  graph: Graph;
  /** The ledger of published ids: old ids renamed to a claim get an anchor before it. None when omitted. */
  ledger?: Published;
  /** Astro's base ("/" or "/course/argmap/"): every link is prefixed with it. Default "/". */
  base?: string;
}

/** The id of a claim's note: the claim's number links here, and focus moves here. */
export function noteId(claimId: string): string {
  return `note-${claimId}`;
}

/**
 * Brings the graph into the essay's HTML (after `remarkClaims`), in rehype-slug's shape (options, then a
 * transformer that returns nothing):
 * - each claim gets `data-n` (its number in the essay) and, at its end, an empty link to its note whose
 *   number CSS draws (`<a class="claim-ref" href="#note-<id>" data-n>`), so the number is a real link
 *   without adding characters to the essay's text;
 * - an empty alias anchor `<span class="claim-alias" id="old">` before a claim for every published id
 *   renamed to it, so `#old` still lands on the claim;
 * - after each paragraph, heading or quoted paragraph holding claims (inside a tight list item, at its
 *   end), an `<aside class="claim-notes">` with one folded `<details class="claim-note" id="note-<id>">`
 *   per claim. Its summary says what is inside ("3 Reason · rebutted by Kagan · supported by a reader");
 *   opened, it lists every relation (`relationList`), links back to the claim and to the claim's page.
 *
 * The aside is a sibling of the paragraph (never inside it), so the HTML stays valid; CSS lays it out
 * beside its paragraph on wide screens and under it on phones.
 */
export function rehypeClaimNotes(options: RehypeClaimNotesOptions) {
  if (!options?.graph) throw new Error('rehypeClaimNotes: pass the graph in the options ({ graph })');
  const { graph, ledger } = options;
  const link = (path: string) => pathWithBase(path, options.base ?? '/');
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));

  return function transform(tree: Root, file: VFile): void {
    const essayId = file.path ? essayIdOfFile(file.path) : undefined;
    annotate(tree, { graph, claims, essays, link, aliases: aliasesFor(ledger, claims, essayId), essayId });
  };
}

/** What the steps below share: the graph indexed, the link maker, the aliases, and the essay being rendered. */
interface NotesContext {
  graph: Graph;
  claims: Map<string, Claim>;
  essays: Map<string, Graph['essays'][number]>;
  link: (path: string) => string;
  /** Published ids renamed to each claim of this essay. */
  aliases: Map<string, string[]>;
  essayId: string | undefined;
}

/** The published ids renamed to each claim (of this essay, when known). */
function aliasesFor(ledger: Published | undefined, claims: Map<string, Claim>, essayId: string | undefined): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const entry of ledger?.claims ?? []) {
    if (entry.status !== 'renamed' || claims.has(entry.id)) continue;
    const target = resolvePublished(ledger!, entry.id, claims);
    if (target.kind === 'claim' && (!essayId || target.claim.essay === essayId)) {
      aliases.set(target.claim.id, [...(aliases.get(target.claim.id) ?? []), entry.id]);
    }
  }
  return aliases;
}

/** Walks the tree, putting the notes after each paragraph or heading (inside a tight list item) that holds claims. */
function annotate(parent: Parents, context: NotesContext): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!;
    if (child.type !== 'element') continue;
    if (PHRASING_HOSTS.has(child.tagName)) {
      // Paragraphs and headings hold only phrasing content: the notes go right after them.
      const ids = markClaims(child, context);
      if (ids.length > 0) {
        parent.children.splice(index + 1, 0, notesFor(ids, context));
        index++;
      }
    } else if (child.tagName === 'li' && !child.children.some((item) => item.type === 'element' && item.tagName === 'p')) {
      // A tight list item holds its words directly; a list holds only items, so the notes go inside it.
      const ids = markClaims(child, context);
      if (ids.length > 0) child.children.push(notesFor(ids, context));
    } else {
      annotate(child, context);
    }
  }
}

/** Numbers the claims in a paragraph, links each to its note, puts alias anchors before them; returns their ids. */
function markClaims(paragraph: Element, { claims, aliases }: NotesContext): string[] {
  const ids: string[] = [];
  const visit = (node: Element) => {
    for (let index = 0; index < node.children.length; index++) {
      const child = node.children[index]!;
      if (child.type !== 'element') continue;
      const classes = child.properties.className;
      const id = child.properties.dataClaim;
      if (Array.isArray(classes) && classes.includes('claim') && typeof id === 'string') {
        const claim = claims.get(id);
        if (claim) {
          child.properties.dataN = claim.n;
          visit(child);
          child.children.push(h('a', { className: ['claim-ref'], href: `#${noteId(id)}`, dataN: claim.n, ariaLabel: `Note on claim ${claim.n}` }));
        }
        ids.push(id);
        const old = aliases.get(id) ?? [];
        if (old.length > 0) {
          node.children.splice(index, 0, ...old.map((alias) => h('span', { id: alias, className: ['claim-alias'], dataAliasOf: id })));
          index += old.length;
        }
        continue;
      }
      visit(child);
    }
  };
  visit(paragraph);
  return ids;
}

/** The aside of folded notes for a paragraph's claims. */
function notesFor(ids: string[], context: NotesContext): Element {
  const notes = ids.map((id) => context.claims.get(id)).filter((claim) => claim !== undefined);
  const label = notes.length === 1 ? `Notes on claim ${notes[0]!.n}` : `Notes on claims ${notes.map((claim) => claim.n).join(', ')}`;
  return h('aside', { className: ['claim-notes'], dataPagefindIgnore: '', ariaLabel: label }, notes.map((claim) => note(claim, context)));
}

/** One claim's folded note: what is inside in its summary, every relation, and links back, to share and to its page. */
function note(claim: Claim, { graph, essays, link, essayId }: NotesContext): Element {
  const relations = claimRelations(graph, claim.id);
  const kind = KIND_LABELS[claim.kind];
  const list = relationList(relations, { graph, link, essay: essayId ?? claim.essay });
  return h('details', { className: ['claim-note'], id: noteId(claim.id), dataNoteFor: claim.id }, [
    h('summary', [
      h('span', { className: ['claim-note__n'] }, [h('span', { className: ['visually-hidden'] }, 'Claim '), String(claim.n)]),
      ' ',
      h('span', { className: ['claim-note__kind', `claim-note__kind--${claim.kind}`], title: kind.long }, kind.short),
      ...fold(claim, relations, essays).flatMap((part): ElementContent[] => [{ type: 'text', value: ' · ' }, h('span', { className: ['claim-note__who'] }, part)]),
    ]),
    list ?? h('p', { className: ['claim-note__none'] }, W.noRelations),
    h('p', { className: ['claim-note__links'] }, [
      h('a', { href: `#${claim.id}`, className: ['claim-note__back'] }, [W.backToText, h('span', { className: ['visually-hidden'] }, ` at claim ${claim.n}`)]),
      ' · ',
      h('a', { href: `#${claim.id}`, className: ['copy-link'], dataCopyLink: '' }, [W.linkToClaim, h('span', { className: ['visually-hidden'] }, ` ${claim.n}`)]),
      ' · ',
      h('a', { href: link(claim.url) }, [W.claimPage, h('span', { className: ['visually-hidden'] }, ` for claim ${claim.n}`)]),
    ]),
  ]);
}

/**
 * What the folded note says is inside: who from other essays (and readers) stands to the claim, by
 * direction ("rebutted by Kagan and Greene"), the thesis's answer to the question, and how many links
 * stay within the essay.
 */
function fold(claim: Claim, relations: ClaimRelation[], essays: NotesContext['essays']): string[] {
  const parts: string[] = [];
  const byDirection = new Map<ClaimRelation['direction'], string[]>();
  let within = 0;
  for (const relation of relations) {
    if (relation.question) {
      if (relation.direction === 'supports' || relation.direction === 'rebuts') parts.push(W.answers(relation.direction));
      continue;
    }
    const other = relation.other;
    if (!other) continue;
    const outside = other.essay !== claim.essay || (other.kind === 'reader') !== (claim.kind === 'reader');
    if (!outside) {
      within++;
      continue;
    }
    const essay = essays.get(other.essay);
    const name = essay ? shortVoice(other, essay) : other.essay;
    const names = byDirection.get(relation.direction) ?? [];
    if (!names.includes(name)) names.push(name);
    byDirection.set(relation.direction, names);
  }
  for (const [direction, names] of byDirection) parts.push(`${FOLD_DIRECTIONS[direction]} ${joinNames(names)}`);
  if (within > 0) parts.push(W.sameEssay(within));
  return parts;
}
