import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { loadQuestionViews } from './questions/lazy.js';
import { loadUiStrings } from './strings.js';

/**
 * What a host awaits before it first renders a survey: the chrome in its language and the views
 * of any rare question types the survey uses (chunks of their own; nothing to fetch for an
 * English NPS survey). Never rejects: whatever could not be fetched falls back (English chrome)
 * or is fetched again by the `Survey` itself.
 */
export const prepareSurvey = (survey: Pick<SurveyDefinition, 'pages'>, language: string): Promise<unknown> =>
  Promise.all([loadUiStrings(language), loadQuestionViews(survey)]);
