/**
 * The self-check in the browser: an answer is marked at once, in the question's live region, with the
 * verdict, what the map records (our note quoted, both claims linked); the first answer to each
 * question counts towards a score kept in localStorage, one key per self-check and per copy of the site.
 */
import { TEACH_WORDS } from '../words/teach-words.ts';
import { announce } from './announce.ts';

const S = TEACH_WORDS.selfCheck;

interface Saved {
  /** The first answer given to each question, by question id. */
  answers: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-self-check]');
if (root) start(root);

function start(root: HTMLElement): void {
  const key = `counterpoint:self-check:${location.origin}${root.dataset.site ?? '/'}:${root.dataset.selfCheck}`;
  const questions = [...root.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
  const score = root.querySelector<HTMLElement>('[data-score]');
  let saved: Saved = { answers: {} };
  try {
    saved = { answers: {}, ...(JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Saved>) };
  } catch { /* storage off or damaged: start blank */ }
  const store = () => {
    try { localStorage.setItem(key, JSON.stringify(saved)); } catch { /* storage off: the score lasts for this visit */ }
  };
  const tally = () => {
    const ids = new Set(questions.map((question) => question.dataset.question));
    const answered = Object.entries(saved.answers).filter(([id]) => ids.has(id));
    const right = answered.filter(([id, answer]) => questions.find((question) => question.dataset.question === id)?.dataset.answer === answer).length;
    if (score) score.textContent = answered.length === 0 ? S.scoreNone(questions.length) : S.score(right, answered.length, questions.length);
  };

  /** Shows the verdict and the explanation in the question's live region. */
  const mark = (question: HTMLFieldSetElement, answer: string) => {
    const feedback = question.querySelector<HTMLElement>('[data-feedback]');
    const explanation = question.querySelector<HTMLElement>('[data-explanation]');
    if (!feedback || !explanation) return;
    const right = question.dataset.answer === answer;
    const verdict = document.createElement('p');
    verdict.className = right ? 'sc-verdict--right' : 'sc-verdict--wrong';
    verdict.textContent = right ? S.right : S.wrong(`“${question.querySelector('[data-right-text]')?.textContent ?? ''}”`);
    feedback.replaceChildren(verdict, ...[...explanation.children].map((child) => child.cloneNode(true)));
  };

  for (const question of questions) {
    const id = question.dataset.question!;
    const previous = saved.answers[id];
    if (previous) {
      const input = question.querySelector<HTMLInputElement>(`input[value="${CSS.escape(previous)}"]`);
      if (input) input.checked = true;
      mark(question, previous);
    }
    question.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'radio') return;
      mark(question, input.value);
      // The first answer counts; changing it afterwards shows the feedback but keeps the score honest.
      if (!(id in saved.answers)) {
        saved.answers[id] = input.value;
        store();
        tally();
      }
    });
  }
  tally();

  root.querySelector('[data-sc-reset]')?.addEventListener('click', () => {
    saved = { answers: {} };
    try { localStorage.removeItem(key); } catch { /* nothing kept */ }
    for (const question of questions) {
      for (const input of question.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
      question.querySelector('[data-feedback]')?.replaceChildren();
    }
    tally();
    if (score) void announce(score, `${S.resetDone} ${S.scoreNone(questions.length)}`);
  });
}
