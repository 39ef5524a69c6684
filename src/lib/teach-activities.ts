import { graph, siteData } from './site.ts';
import { resolveReadingGuide } from '../teach/resolve-reading-guide.ts';
import { worksheets } from '../teach/worksheets.ts';
import { questionBank, selfCheck } from '../teach/self-check-questions.ts';
import type { Worksheet } from '../teach/worksheet.ts';
import type { SelfCheckQuestion } from '../teach/self-check-question.ts';

/** The worksheets of this build (the graph and the reading guide bound in), computed once. */
export const siteWorksheets: readonly Worksheet[] = worksheets(graph, resolveReadingGuide(siteData.readingGuide, graph));

/** The question bank of this build. */
export const siteQuestionBank: readonly SelfCheckQuestion[] = questionBank(graph);

/** The self-check on every essay. */
export const siteSelfCheck: readonly SelfCheckQuestion[] = selfCheck(graph);

/** The essays that have a self-check of their own (at least one question), with it. */
export const essaySelfChecks = graph.essays.map((essay) => ({ essay, questions: selfCheck(graph, essay.id) })).filter((item) => item.questions.length > 0);

/** The site path of a worksheet (without the base). */
export const worksheetPath = (id: string) => `/teach/worksheets/${id}/`;

/** The site path of a self-check: every essay's, or one essay's (without the base). */
export const selfCheckPath = (essay?: string) => (essay ? `/teach/self-check/${essay}/` : '/teach/self-check/');

/** The question bank's path. */
export const QUESTION_BANK_PATH = '/teach/questions.gift';
