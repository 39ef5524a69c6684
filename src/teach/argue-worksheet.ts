import type { Graph } from '../schemas/graph.ts';
import { TEACH_WORDS } from '../words/teach-words.ts';
import { thesisOf, thesisReasons } from './thesis-reasons.ts';
import { crossEssayAttacks } from './cross-essay-attacks.ts';
import type { Worksheet, WorksheetPrompt } from './worksheet.ts';

const P = TEACH_WORDS.prompts;

/** How many reasons the student picks. */
export const STRONGEST_REASONS = 2;

/** The prompt to answer the strongest objection: a cross-essay rebuttal or undercut, else the other side's thesis, else the student's own. */
function rebuttalPrompt(graph: Graph, essayId: string, author: string): WorksheetPrompt {
  const field = { kind: 'text', id: 'rebuttal-answer', label: TEACH_WORDS.worksheet.answer, rows: 8 } as const;
  const [strongest] = crossEssayAttacks(graph, essayId);
  if (strongest) {
    const text = strongest.inference ? P.rebuttalInference(author) : P.rebuttal(author);
    return { id: 'rebuttal', text, claims: [strongest.attacker, strongest.target], ...(strongest.relation.note ? { note: strongest.relation.note } : {}), fields: [field] };
  }
  const essay = graph.essays.find((item) => item.id === essayId)!;
  const opposed = graph.essays.filter((item) => item.stance !== essay.stance).map((item) => thesisOf(graph, item.id)).find((claim) => claim !== undefined);
  if (opposed) return { id: 'rebuttal', text: P.rebuttalOpposed(author), claims: [opposed], fields: [field] };
  return { id: 'rebuttal', text: P.rebuttalNone(author), claims: [], fields: [field] };
}

/**
 * "Argue as <author>" for one essay: the thesis in the student's words, the two strongest reasons
 * picked from the essay's own, the strongest objection from another essay answered, and what would
 * change their mind. Undefined for an essay without a thesis.
 */
export function argueWorksheet(graph: Graph, essayId: string): Worksheet | undefined {
  const essay = graph.essays.find((item) => item.id === essayId);
  const thesis = thesisOf(graph, essayId);
  if (!essay || !thesis) return undefined;
  const reasons = thesisReasons(graph, essayId, STRONGEST_REASONS);
  const prompts: WorksheetPrompt[] = [{ id: 'thesis', text: P.thesis, claims: [thesis], fields: [{ kind: 'text', id: 'thesis-answer', label: TEACH_WORDS.worksheet.answer, rows: 4 }] }];
  if (reasons.length >= STRONGEST_REASONS) {
    prompts.push({
      id: 'reasons',
      text: P.reasons(STRONGEST_REASONS),
      claims: [],
      fields: [
        { kind: 'choices', id: 'reasons-picked', label: TEACH_WORDS.worksheet.tick(STRONGEST_REASONS), pick: STRONGEST_REASONS, options: reasons },
        { kind: 'text', id: 'reasons-why', label: P.reasonsWhy, rows: 5 },
      ],
    });
  }
  prompts.push(rebuttalPrompt(graph, essayId, essay.author));
  prompts.push({ id: 'change-mind', text: P.changeMind, claims: [], fields: [{ kind: 'text', id: 'change-mind-answer', label: TEACH_WORDS.worksheet.answer, rows: 4 }] });
  return { id: `argue-as-${essay.id}`, kind: 'argue', title: P.argueTitle(essay.author), intro: P.argueIntro(essay.author, essay.title), essays: [essay.id], prompts };
}
