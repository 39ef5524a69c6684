import type { Graph } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import { claimVoice } from '../words/voice.ts';
import { parseIsoDate, siteDate } from '../words/iso-date.ts';
import { quotesOf } from '../graph/note-quotes.ts';
import { isCrossEssay, notedClaims } from '../graph/cross-essay.ts';

/**
 * The review table of every cross-essay relation, as Markdown: both claims in full with whose they
 * are, our note, and which of the note's quotations stand verbatim in each claim, so that anyone can
 * check a relation in a minute. Written to docs/relations-review.md by scripts/review-table.ts.
 */
export function relationsReview(graph: Graph): string {
  const essays = new Map(graph.essays.map((essay) => [essay.id, essay]));
  const claims = new Map(graph.claims.map((claim) => [claim.id, claim]));
  const cross = graph.relations.filter((relation) => isCrossEssay(graph, relation));
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const side = (claim: Claim | undefined) => {
    if (!claim) return '(missing)';
    const essay = essays.get(claim.essay)!;
    return `**${cell(claimVoice(claim, essay).phrase)}**, “${cell(essay.title)}” (${siteDate(parseIsoDate(essay.published))}), \`${claim.id}\`: “${cell(claim.text)}”`;
  };
  const counts = Object.entries(Object.groupBy(cross, (relation) => relation.type)).map(([type, list]) => `${list?.length ?? 0} ${type}`).join(', ');
  const lines = [
    '# Cross-essay relations, for review',
    '',
    'Generated from the argument graph by `npm run review-table` (scripts/review-table.ts); do not edit by hand.',
    'Each row gives both claims in full, our note, and the note’s quotations found word for word in each claim.',
    'A relation marked *contestable* is one a fair reader could draw only with the help its note gives.',
    '',
    `${cross.length} relations across essays: ${counts}.`,
    '',
    '| # | relation | from | to | our note | quotes from each side |',
    '|---|---|---|---|---|---|',
  ];
  cross.forEach((relation, index) => {
    const { from, target, undercut } = notedClaims(graph, relation);
    const to = undercut
      ? `the bearing of ${side(target)} on ${undercut.to === graph.question.id ? 'the question' : side(claims.get(undercut.to))} (\`${undercut.id}\`)`
      : relation.to === graph.question.id ? 'the question' : side(target);
    const note = relation.note ?? '';
    const quoted = [from, target].map((claim) => (claim ? quotesOf(note, claim.text).map((quote) => `“${cell(quote)}”`).join('; ') || '**none**' : '—'));
    lines.push(
      `| ${index + 1} | \`${relation.type}\`${relation.contestable ? ' *contestable*' : ''}<br>\`${relation.id}\` | ${side(from)} | ${to} | ${cell(note)} | from: ${quoted[0]}<br>to: ${quoted[1]} |`,
    );
  });
  return `${lines.join('\n')}\n`;
}
