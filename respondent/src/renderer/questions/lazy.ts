import type { ComponentType } from 'preact';
import type { Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { QuestionProps } from '../types.js';

/** Question types most surveys (and nearly every widget) never use: their views are chunks of their own. */
export type RareQuestionType = 'matrix' | 'ranking' | 'dropdown' | 'date';
// Each view takes the props of its own type; QuestionBlock hands it only questions of that type.
type View = ComponentType<QuestionProps>;

const loaders: Record<RareQuestionType, () => Promise<View>> = {
  matrix: () => import('./Matrix.js').then((module) => module.MatrixQuestionView as View),
  ranking: () => import('./Ranking.js').then((module) => module.RankingQuestionView as View),
  dropdown: () => import('./Fields.js').then((module) => module.DropdownQuestionView as View),
  date: () => import('./Fields.js').then((module) => module.DateQuestionView as View),
};
const views: Partial<Record<Question['type'], View>> = {};

const isRare = (type: Question['type']): type is RareQuestionType => type in loaders;
const missingTypes = (survey: Pick<SurveyDefinition, 'pages'>): RareQuestionType[] => [
  ...new Set(survey.pages.flatMap((page) => page.questions.map((question) => question.type)).filter(isRare).filter((type) => !views[type])),
];

/** The loaded view for a rare question type (undefined until `loadQuestionViews` has fetched it). */
export const rareQuestionView = (type: RareQuestionType): View | undefined => views[type];

/** Whether every question type in the survey can render now. */
export const hasQuestionViews = (survey: Pick<SurveyDefinition, 'pages'>): boolean => missingTypes(survey).length === 0;

/**
 * Fetches the views of the rare question types the survey uses (nothing for an NPS survey), so
 * the host can wait for them before the first render. Never rejects: a view that cannot be
 * fetched is tried again on the next call (the `Survey` makes one when it renders without it).
 */
export async function loadQuestionViews(survey: Pick<SurveyDefinition, 'pages'>): Promise<void> {
  await Promise.all(
    missingTypes(survey).map((type) =>
      loaders[type]().then(
        (view) => void (views[type] = view),
        () => undefined,
      ),
    ),
  );
}
