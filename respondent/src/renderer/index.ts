/** The survey renderer, for the hosted page and the website widget. */
export { Survey, type SendOutcome, type SurveyProgress, type SurveyProps, type SurveyStep } from './Survey.js';
export { fill, hasUiStrings, loadUiStrings, uiStringsFor, type UiStrings } from './strings.js';
export { prepareSurvey } from './prepare.js';
export type { Draft } from './flow.js';
