import GithubSlugger from 'github-slugger';
import { TEACH_WORDS } from '../words/teach-words.ts';
import type { ResolvedGuide } from './resolve-reading-guide.ts';
import type { Worksheet } from './worksheet.ts';

const P = TEACH_WORDS.prompts;

/**
 * One worksheet per exercise of the reading guide: a note field for each claim it starts from, the
 * answer to its task, and a question for class. Ids are slugs of the titles (unique among them).
 */
export function exerciseWorksheets(guide: Pick<ResolvedGuide, 'exercises'>): Worksheet[] {
  const slugger = new GithubSlugger();
  return guide.exercises.map((exercise) => ({
    id: `exercise-${slugger.slug(exercise.title)}`,
    kind: 'exercise',
    title: exercise.title,
    intro: P.exerciseIntro,
    task: exercise.task,
    essays: [...new Set(exercise.start.map((claim) => claim.essay))],
    prompts: [
      ...exercise.start.map((claim, index) => ({
        id: `start-${index + 1}`,
        text: P.exerciseStart,
        claims: [claim],
        fields: [{ kind: 'text' as const, id: `start-${index + 1}-notes`, label: TEACH_WORDS.worksheet.answer, rows: 4 }],
      })),
      { id: 'task', text: P.exerciseTask, claims: [], fields: [{ kind: 'text', id: 'task-answer', label: TEACH_WORDS.worksheet.answer, rows: 10 }] },
      { id: 'question', text: P.exerciseQuestion, claims: [], fields: [{ kind: 'text', id: 'question-answer', label: TEACH_WORDS.worksheet.answer, rows: 2 }] },
    ],
  }));
}
