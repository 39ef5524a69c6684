import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root, Element, ElementContent, Parents } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { GraphSchema, type Graph } from '../schemas/graph.ts';
import type { Published } from '../schemas/published.ts';
import { claimRelations, QUESTION_HREF, type ClaimRelation } from '../graph/claim-relations.ts';
import { DIRECTION_LABELS } from '../words/relation-labels.ts';
import { answerLabel } from '../words/stance-label.ts';
import { shortenText, QUOTATION_CUT } from '../words/shorten-text.ts';
import { KIND_LABELS } from '../words/kind-labels.ts';
import { resolvePublished } from '../ledger/resolve-published.ts';
import { readPublished } from '../io/read-published.ts';
import { pathWithBase } from '../urls/path-with-base.ts';

/** Elements whose content is phrasing only: claim notes go after them, as siblings. */
const PHRASING_HOSTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'dt']);

/** Options for `rehypeClaimNotes`. */
export interface RehypeClaimNotesOptions {
  /** Astro's base ("/" or "/course/argmap/"): every link is prefixed with it. */
  base?: string;
  /** The argument graph; read from `src/data/graph.json` under the working directory when omitted. */
  graph?: Graph;
  /** The ledger; read with `readPublished` (src/io) when omitted. */
  ledger?: Published;
}

/**
 * Brings the graph into the essay's HTML (after `remarkClaims`):
 * - each claim gets `data-n` (its number in the essay, for the margin and the handout);
 * - an empty alias anchor `<span class="claim-alias" id="old">` before a claim for every published id
 *   renamed to it, so `#old` still lands on the claim;
 * - after each paragraph, heading or quoted paragraph holding claims (inside a list item, at its end), an `<aside class="claim-notes">` with one
 *   `<details class="claim-note">` per claim: its number and kind, what it supports and rebuts and what
 *   supports and rebuts it (links with authors, our notes), a "link to this claim" link and its page.
 *
 * The aside is a sibling of the paragraph (never inside it), so the HTML stays valid; CSS lays it out as
 * margin notes on wide screens and as expandable notes on phones.
 */
export function rehypeClaimNotes(options: RehypeClaimNotesOptions = {}) {
  const link = (path: string) => pathWithBase(path, options.base ?? '/');
  return function transform(tree: Root, file: VFile): void {
    const graph = options.graph ?? readGraph();
    const ledger = options.ledger ?? readLedger();
    const essayId = file.path ? basename(file.path).replace(/\.md$/, '') : undefined;
    const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
    const aliases = new Map<string, string[]>();
    for (const entry of ledger?.claims ?? []) {
      if (entry.status !== 'renamed' || claims.has(entry.id)) continue;
      const target = resolvePublished(ledger!, entry.id, claims);
      if (target.kind === 'claim' && (!essayId || target.claim.essay === essayId)) {
        aliases.set(target.claim.id, [...(aliases.get(target.claim.id) ?? []), entry.id]);
      }
    }
    const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
    annotate(tree);

    function annotate(parent: Parents): void {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index]!;
        if (child.type !== 'element') continue;
        if (PHRASING_HOSTS.has(child.tagName)) {
          // Paragraphs and headings hold only phrasing content: the notes go right after them.
          const ids = markClaims(child);
          if (ids.length > 0) {
            parent.children.splice(index + 1, 0, notesFor(ids));
            index++;
          }
        } else if (child.tagName === 'li' && !child.children.some((item) => item.type === 'element' && item.tagName === 'p')) {
          // A tight list item holds its words directly; a list holds only items, so the notes go inside it.
          const ids = markClaims(child);
          if (ids.length > 0) child.children.push(notesFor(ids));
        } else {
          annotate(child);
        }
      }
    }

    /** Numbers the claims in a paragraph and puts alias anchors before them; returns their ids. */
    function markClaims(paragraph: Element): string[] {
      const ids: string[] = [];
      const visit = (node: Element) => {
        for (let index = 0; index < node.children.length; index++) {
          const child = node.children[index]!;
          if (child.type !== 'element') continue;
          const classes = child.properties.className;
          const id = child.properties.dataClaim;
          if (Array.isArray(classes) && classes.includes('claim') && typeof id === 'string') {
            const claim = claims.get(id);
            if (claim) child.properties.dataN = claim.n;
            ids.push(id);
            const old = aliases.get(id) ?? [];
            if (old.length > 0) {
              node.children.splice(index, 0, ...old.map((alias) => h('span', { id: alias, className: ['claim-alias'], dataAliasOf: id })));
              index += old.length;
            }
          }
          visit(child);
        }
      };
      visit(paragraph);
      return ids;
    }

    function notesFor(ids: string[]): Element {
      const notes = ids.map((id) => claims.get(id)).filter((claim) => claim !== undefined);
      return h('aside', { className: ['claim-notes'], dataPagefindIgnore: '', ariaLabel: notes.length === 1 ? `Notes on claim ${notes[0]!.n}` : `Notes on claims ${notes.map((claim) => claim.n).join(', ')}` }, notes.map((claim) => {
        const relations = claimRelations(graph, claim.id);
        const kind = KIND_LABELS[claim.kind];
        const counts = relations.length === 0 ? 'no relations' : relations.length === 1 ? '1 relation' : `${relations.length} relations`;
        return h('details', { className: ['claim-note'], dataNoteFor: claim.id }, [
          h('summary', [
            h('span', { className: ['claim-note__n'] }, `Claim ${claim.n}`),
            ' ',
            h('span', { className: ['kind', `kind--${claim.kind}`], title: kind.long }, kind.short),
            ' ',
            h('span', { className: ['claim-note__count'] }, counts),
          ]),
          relations.length > 0 ? h('ul', { className: ['relation-list', 'relation-list--compact'] }, relations.map(relationItem)) : h('p', { className: ['claim-note__none'] }, 'Nothing in the map links to this claim yet.'),
          h('p', { className: ['claim-note__links'] }, [
            h('a', { href: `#${claim.id}`, className: ['copy-link'], dataCopyLink: '' }, ['Link to this claim', h('span', { className: ['visually-hidden'] }, ` ${claim.n}`)]),
            ' · ',
            h('a', { href: link(claim.url) }, ['Claim page', h('span', { className: ['visually-hidden'] }, ` for claim ${claim.n}`)]),
          ]),
        ]);
      }));
    }

    function relationItem(relation: ClaimRelation): ElementContent {
      const label = h('span', { className: ['relation-label', `relation-label--${relation.direction}`] }, DIRECTION_LABELS[relation.direction]);
      if (relation.question || !relation.other) {
        return h('li', { className: ['relation', `relation--${relation.direction}`] }, [
          label, ' ', h('a', { href: link(QUESTION_HREF) }, 'the central question'),
          relation.direction === 'supports' || relation.direction === 'rebuts' ? ` (${answerLabel(relation.direction, essayId === undefined ? undefined : essays.get(essayId))})` : '',
        ]);
      }
      const other = relation.other;
      const essay = relation.otherEssay ?? essays.get(other.essay);
      const sameEssay = other.essay === essayId;
      const byline = sameEssay ? `claim ${other.n}, this essay` : `${essay?.author ?? ''}, ${essay?.title ?? other.essay}`;
      const children: Array<Element | string> = [
        label, ' ',
        h('a', { href: link(other.anchor) }, `“${shortenText(other.text, QUOTATION_CUT)}”`),
        ' ', h('span', { className: ['relation-by'] }, `— ${other.kind === 'reader' ? 'a reader, ' : ''}${byline}`),
      ];
      if (relation.note) children.push(h('span', { className: ['our-note'] }, [h('span', { className: ['our-note__label'] }, 'Our note: '), relation.note]));
      return h('li', { className: ['relation', `relation--${relation.direction}`] }, children);
    }
  };
}

function readGraph(): Graph {
  const file = join(process.cwd(), 'src/data/graph.json');
  try {
    return GraphSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (cause) {
    throw new Error(`rehype-claim-notes: cannot read ${file}; run "npm run build:graph" first`, { cause });
  }
}

function readLedger(): Published | undefined {
  return readPublished();
}
