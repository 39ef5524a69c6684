/**
 * The social cards' layouts (1200×630), as satori element trees. Colours are the site's light theme
 * (src/styles/global.css); every text colour has at least 4.5:1 contrast on the card's background.
 */
import type { ClaimDescription } from '../words/describe-claim.ts';
import type { EssayDescription } from '../words/describe-essay.ts';
import { essayDateLabel } from '../words/describe-essay.ts';
import { authorLabel } from '../words/author-name.ts';
import { stanceSentence } from '../words/stance-label.ts';
import { capitalise } from '../words/capitalise.ts';
import { countOf } from '../words/count-words.ts';
import { SITE_NAME } from '../words/site-name.ts';
import { shortenText } from '../words/shorten-text.ts';
import { claimLabel } from '../words/claim-label.ts';
import { h, type CardNode } from './card-node.ts';

/** Card size: what Open Graph and Twitter's large card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const COLORS = { bg: '#fdfcf9', fg: '#1d1d1f', muted: '#55565c', rule: '#d8d6cf', accent: '#1f5fa8', for: '#1d6b3a', against: '#9a2f1f', surface: '#f3f1ea' } as const;
const SANS = 'Inter';
const SERIF = 'Source Serif 4';

/**
 * Picks a type size for a quotation so it fills the card without overflowing; the longest also get
 * clamped (with an ellipsis) by satori's `lineClamp`, after a character cut that keeps layout cheap.
 */
export function quoteSize(length: number): { fontSize: number; lines: number } {
  if (length <= 90) return { fontSize: 60, lines: 3 };
  if (length <= 160) return { fontSize: 50, lines: 4 };
  if (length <= 240) return { fontSize: 42, lines: 5 };
  return { fontSize: 36, lines: 6 };
}

function frame(stance: 'for' | 'against' | undefined, ...children: CardNode[]): CardNode {
  return h(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: COLORS.bg, color: COLORS.fg, fontFamily: SANS },
    // The stance bar: green for "for", red for "against", neutral for the site; the stance is also spelled out in words.
    h('div', { width: 16, height: CARD_HEIGHT, flexShrink: 0, backgroundColor: stance ? COLORS[stance] : COLORS.accent }),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, padding: '52px 64px 48px 56px', justifyContent: 'space-between' }, ...children),
  );
}

function topRow(label: string | undefined): CardNode {
  return h(
    'div',
    { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28 },
    h('div', { fontWeight: 600, color: COLORS.accent }, SITE_NAME),
    label
      ? h('div', { fontWeight: 600, fontSize: 22, letterSpacing: 2, textTransform: 'uppercase', color: COLORS.muted, border: `2px solid ${COLORS.rule}`, borderRadius: 8, padding: '6px 14px' }, label)
      : h('div', {}, ''),
  );
}

/**
 * The essay's stance in words. A scoped stance ("for talks to forestall an invasion, on condition …")
 * is long: the pill takes at most half the row or so and wraps to two lines, so the byline beside it keeps room.
 */
function stancePill(stance: 'for' | 'against', text: string): CardNode {
  return h('div', { display: 'flex', flexShrink: 1, maxWidth: 600, fontSize: 24, lineHeight: 1.25, fontWeight: 600, color: COLORS[stance], border: `2px solid ${COLORS[stance]}`, borderRadius: 22, padding: '6px 18px', lineClamp: 2 }, text);
}

/** Our title for a claim, when it has one, labelled as ours so no one takes it for the author's words. */
function ourTitle(claim: { text: string; title?: string }, fontSize: number): CardNode[] {
  const label = claimLabel(claim);
  if (!label.ours) return [];
  return [h('div', { display: 'flex', fontSize, fontWeight: 600, color: COLORS.accent, lineClamp: 2 }, `Our title: ${label.text}`)];
}

/** One claim: our title, its words large, then kind, who said it, the essay and the essay's stance. */
export function claimCard(description: ClaimDescription): CardNode {
  const title = ourTitle(description.claim, 30);
  const words = `“${shortenText(description.claim.text, { max: title.length > 0 ? 300 : 380 })}”`;
  const size = quoteSize(words.length);
  const { fontSize, lines } = title.length > 0 ? { fontSize: Math.min(size.fontSize, 50), lines: Math.max(2, size.lines - 1) } : size;
  const stance = description.essay.stance;
  return frame(
    stance,
    topRow(description.kind),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', gap: 14 },
      ...title,
      h('div', { display: 'flex', fontFamily: SERIF, fontWeight: 600, fontSize, lineHeight: 1.22, lineClamp: lines, color: COLORS.fg }, words),
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 32 },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexShrink: 1, minWidth: 0, gap: 6 },
        h('div', { fontSize: 28, fontWeight: 600, lineClamp: 2 }, description.byline),
        h('div', { fontSize: 24, color: COLORS.muted, lineClamp: 2 }, description.source),
      ),
      stancePill(stance, `Essay ${stanceSentence(description.essay)}`),
    ),
  );
}

/** One essay: title, subtitle, author, outlet, date and stance. */
export function essayCard({ essay }: EssayDescription): CardNode {
  return frame(
    essay.stance,
    topRow('Essay'),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', gap: 16 },
      h('div', { fontFamily: SERIF, fontWeight: 600, fontSize: 72, lineHeight: 1.1, lineClamp: 3 }, shortenText(essay.title, { max: 90 })),
      ...(essay.subtitle ? [h('div', { fontSize: 32, color: COLORS.muted, lineClamp: 2 }, shortenText(essay.subtitle, { max: 110 }))] : []),
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 32 },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexShrink: 1, minWidth: 0, gap: 6 },
        h('div', { fontSize: 30, fontWeight: 600, lineClamp: 1 }, authorLabel(essay)),
        h('div', { fontSize: 24, color: COLORS.muted, lineClamp: 2 }, `${shortenText(essay.outlet, { max: 80 })} · ${essayDateLabel(essay)}`),
      ),
      stancePill(essay.stance, capitalise(stanceSentence(essay))),
    ),
  );
}

/** The site: the question and what the site is. */
export function siteCard(question: string, essayCount: number): CardNode {
  return frame(
    undefined,
    topRow(undefined),
    h('div', { display: 'flex', fontFamily: SERIF, fontWeight: 600, fontSize: 64, lineHeight: 1.15, lineClamp: 4 }, question),
    h('div', { display: 'flex', fontSize: 28, color: COLORS.muted }, `${capitalise(countOf(essayCount, 'essay'))}, mapped claim by claim: who argues what, and who answers whom.`),
  );
}
