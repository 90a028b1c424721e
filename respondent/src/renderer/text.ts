import type { LocalizedText, SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { localize, pipe } from '../../../src/engine/survey/text.js';

export type PipeValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * Makes the function that turns any text of the survey into what the respondent reads: their
 * language (else the survey's default), with `{{placeholders}}` filled. The result is plain text:
 * the renderer only ever puts it into the page as a text node, so a piped value cannot add markup.
 * @example surveyText(survey, 'fi', { name: 'Aino' })({ en: 'Hi {{name}}', fi: 'Hei {{name}}' }) // 'Hei Aino'
 */
export function surveyText(survey: Pick<SurveyDefinition, 'defaultLanguage'>, language: string, values: PipeValues): (text: LocalizedText | undefined) => string {
  return (text) => pipe(localize(text, language, survey.defaultLanguage), values);
}
