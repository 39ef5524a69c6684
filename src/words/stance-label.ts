import type { GraphEssay } from '../schemas/graph.ts';
import type { RelationType } from '../schemas/relation.ts';
import { capitalise } from './capitalise.ts';
import { numberWord } from './count-words.ts';

/** One of the two answers to the central question. */
export type Stance = GraphEssay['stance'];

/** What of an essay its stance wording needs. */
export type StanceOf = Pick<GraphEssay, 'stance' | 'stanceScope'> & Partial<Pick<GraphEssay, 'author'>>;

/** Every bare wording of a stance (ours), before any essay's scope. */
export const STANCE_LABELS: Record<Stance, {
  /** Where room is short (map key, filters): "for talks". */
  short: string;
  /** The stance in full: "for pressing for negotiations". */
  long: string;
  /** The answer to the question a thesis gives: "yes: press for talks". */
  answer: string;
}> = {
  for: { short: 'for talks', long: 'for pressing for negotiations', answer: 'yes: press for talks' },
  against: { short: 'against talks', long: 'against pressing for negotiations', answer: 'no: do not press for talks' },
};

/** The forms `stanceLabel` gives; see `STANCE_LABELS`. */
export type StanceForm = 'short' | 'long';

/** True when a scope states the whole stance ("for talks to forestall an invasion…") rather than qualifying it. */
function scopeIsWhole(scope: string): boolean {
  return /^(for|against)\b/i.test(scope);
}

/**
 * An essay's stance in words, lower case, carrying its `stanceScope` when it has one: a scope that starts
 * with "for"/"against" replaces the bare stance ("for talks to forestall an invasion, on condition that
 * Russia demobilize"); any other scope follows it in brackets ("for talks (only before an invasion)").
 */
export function stanceLabel(essay: StanceOf, form: StanceForm = 'long'): string {
  const bare = STANCE_LABELS[essay.stance][form];
  const scope = essay.stanceScope;
  if (!scope) return bare;
  return scopeIsWhole(scope) ? scope.charAt(0).toLowerCase() + scope.slice(1) : `${bare} (${scope})`;
}

/** "For pressing for negotiations", "For talks to forestall an invasion, …": a stance standing alone, as a label. */
export function stanceTitle(essay: StanceOf, form: StanceForm = 'long'): string {
  return capitalise(stanceLabel(essay, form));
}

/** "argues for pressing for negotiations" / "argues for talks to forestall …": after an essay as subject. */
export function stanceSentence(essay: StanceOf): string {
  return `argues ${stanceLabel(essay)}`;
}

/**
 * What a relation to the question answers, for a relation list: "yes: press for talks"; with the essay's
 * scope, "yes: for talks to forestall an invasion, on condition that Russia demobilize".
 */
export function answerLabel(type: Exclude<RelationType, 'undercuts'>, essay?: StanceOf): string {
  const stance: Stance = type === 'supports' ? 'for' : 'against';
  if (!essay?.stanceScope) return STANCE_LABELS[stance].answer;
  return `${type === 'supports' ? 'yes' : 'no'}: ${stanceLabel({ ...essay, stance })}`;
}

/**
 * A stance as a filter option over all essays, lower case: "for talks", then, when an essay of that
 * stance has a scope, whose and what ("for talks (Ryan Evans: for talks to forestall an invasion, …)"),
 * so a filter never files a conditional case under a bare "for". `capitalise` it to stand alone.
 */
export function stanceOptionLabel(stance: Stance, essays: readonly StanceOf[], form: StanceForm = 'long'): string {
  const scoped = essays.filter((essay) => essay.stance === stance && essay.stanceScope);
  const bare = STANCE_LABELS[stance][form];
  if (scoped.length === 0) return bare;
  return `${bare} (${scoped.map((essay) => `${essay.author ? `${essay.author}: ` : ''}${stanceLabel(essay)}`).join('; ')})`;
}

/**
 * How the essays divide on the question, for a sentence: "one for talks to forestall an invasion, on
 * condition that Russia demobilize; three against pressing for negotiations". With `verb`, each part
 * has one: "one argues for …; three argue against …". A stance no essay takes is left out.
 */
export function stanceTally(essays: readonly StanceOf[], options: { verb?: boolean } = {}): string {
  const parts: string[] = [];
  // After a bare stance, the next bare one needs only its preposition: "one for pressing for negotiations, three against".
  let previousBare = false;
  for (const stance of Object.keys(STANCE_LABELS) as Stance[]) {
    const mine = essays.filter((essay) => essay.stance === stance);
    if (mine.length === 0) continue;
    const verb = options.verb ? (mine.length === 1 ? 'argues ' : 'argue ') : '';
    const scoped = mine.filter((essay) => essay.stanceScope);
    const count = numberWord(mine.length);
    if (mine.length === 1 && scoped.length === 1) {
      parts.push(`${count} ${verb}${stanceLabel(mine[0]!)}`);
      previousBare = false;
      continue;
    }
    const which = scoped.map((essay) => `${essay.author ? `${essay.author}: ` : ''}${stanceLabel(essay)}`);
    const bare = previousBare && which.length === 0 ? stance : STANCE_LABELS[stance].long;
    parts.push(`${count} ${verb}${bare}${which.length > 0 ? ` (${which.length === mine.length ? '' : 'among them '}${which.join('; ')})` : ''}`);
    previousBare = which.length === 0;
  }
  return parts.join(parts.some((part) => part.includes(',')) ? '; ' : ', ');
}
