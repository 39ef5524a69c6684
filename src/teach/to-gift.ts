import type { Claim } from '../schemas/claim.ts';
import type { Graph } from '../schemas/graph.ts';
import type { AbsoluteUrl } from '../urls/absolute-url.ts';
import { claimVoice } from '../words/voice.ts';
import { TEACH_WORDS } from '../words/teach-words.ts';
import { SITE_NAME } from '../words/site-name.ts';
import type { SelfCheckQuestion } from './self-check-question.ts';

/**
 * Escapes text for GIFT: each of ~ = # { } : and the backslash gets a backslash (Moodle's GIFT
 * format), and a line break becomes \n, so no text can end a question or open an answer.
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Escapes text for the HTML the questions are written in (Moodle shows [html] text as HTML). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface GiftContext {
  graph: Graph;
  /** Absolute URLs for links back to the claims; without a SITE, claims are named without links. */
  absoluteUrl: AbsoluteUrl;
}

/** A claim in HTML: its exact words (a link to its page when the site has an address), and whose they are. */
function claimHtml(claim: Claim, context: GiftContext): string {
  const essay = context.graph.essays.find((item) => item.id === claim.essay)!;
  const url = context.absoluteUrl(claim.url);
  const words = `“${escapeHtml(claim.text)}”`;
  return `${url ? `<a href="${escapeHtml(url)}">${words}</a>` : words} — ${escapeHtml(claimVoice(claim, essay).phrase)}`;
}

/** The feedback every answer of a question gets after the verdict: what the map records, the claims, our note. */
function explanationHtml(question: SelfCheckQuestion, context: GiftContext): string {
  const { sentence, claims, note } = question.explanation;
  const parts = [`<p>${escapeHtml(sentence)}</p>`, `<ul>${claims.map((claim) => `<li>${claimHtml(claim, context)}</li>`).join('')}</ul>`];
  if (note) parts.push(`<p>${escapeHtml(TEACH_WORDS.selfCheck.ourNote)}“${escapeHtml(note)}”</p>`);
  return parts.join('');
}

/** One question in GIFT: a title (its stable id), the stem in HTML, one right and the wrong answers, each with feedback. */
function giftQuestion(question: SelfCheckQuestion, context: GiftContext): string {
  const stem = [`<p>${escapeHtml(question.prompt)}</p>`, ...question.stem.map((item) => `<p>${escapeHtml(item.label)}: ${claimHtml(item.claim, context)}</p>`)].join('');
  const right = question.options.find((option) => option.correct)!;
  const explanation = explanationHtml(question, context);
  const answers = question.options.map((option) => {
    const verdict = option.correct ? TEACH_WORDS.selfCheck.right : TEACH_WORDS.selfCheck.wrong(`“${right.text}”`);
    return `\t${option.correct ? '=' : '~'}${escapeGift(escapeHtml(option.text))}#${escapeGift(`<p>${escapeHtml(verdict)}</p>`)}`;
  });
  return [`::${escapeGift(question.id)}::[html]${escapeGift(stem)} {`, ...answers, `\t####${escapeGift(explanation)}`, '}'].join('\n');
}

/**
 * The question bank as a GIFT file (Moodle's import format, also read by other platforms' GIFT
 * importers): a comment saying where it comes from, then one category per essay with its questions.
 */
export function toGift(questions: readonly SelfCheckQuestion[], context: GiftContext): string {
  const home = context.absoluteUrl('/teach/');
  const lines = [
    `// ${SITE_NAME}: self-check questions generated from the argument map${home ? ` (${home})` : ''}.`,
    `// ${questions.length} multiple-choice questions, each with one right answer and feedback that quotes our note on the relation.`,
    '// Moodle: Question bank > Import > GIFT format. The claims quoted are the authors’ exact words.',
    '',
  ];
  for (const essay of context.graph.essays) {
    const mine = questions.filter((question) => question.essay === essay.id);
    if (mine.length === 0) continue;
    // A category path is split at "/", so a title's slash would make a subcategory.
    lines.push(`$CATEGORY: $course$/top/${SITE_NAME}/${`${essay.author}, ${essay.title}`.replace(/\//g, '-').replace(/\r?\n/g, ' ')}`, '');
    for (const question of mine) lines.push(giftQuestion(question, context), '');
  }
  return lines.join('\n');
}
