import type { Option, Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { cliItems } from '../../../../src/engine/survey/scales.js';
import { localize } from '../../../../src/engine/survey/text.js';
import type { SurveyResponse } from '../../api/surveys.js';

/** Answers as people read them: option labels rather than ids, CLI as its three scores, matrix rows with their column. */

export interface AnswerWords {
  yes: string;
  no: string;
}

interface Languages {
  language: string;
  defaultLanguage: string;
}

function labelOf(options: readonly Option[], id: unknown, lang: Languages): string {
  const option = options.find((o) => o.id === id);
  return option ? localize(option.label, lang.language, lang.defaultLanguage) || option.id : String(id);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Anything the question does not explain (an answer to a removed question) is shown as compact JSON. */
function raw(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function formatAnswer(question: Question | undefined, value: unknown, lang: Languages, words: AnswerWords): string {
  if (value === undefined || value === null) return '';
  if (!question) return raw(value);
  switch (question.type) {
    case 'single_choice':
    case 'dropdown':
      return labelOf(question.options, value, lang);
    case 'multiple_choice':
      return Array.isArray(value) ? value.map((id) => labelOf(question.options, id, lang)).join(', ') : raw(value);
    case 'ranking':
      return Array.isArray(value) ? value.map((id, i) => `${i + 1}. ${labelOf(question.options, id, lang)}`).join(', ') : raw(value);
    case 'cli':
      return isRecord(value) ? cliItems.map((item) => (value[item] === undefined ? '–' : raw(value[item]))).join(' / ') : raw(value);
    case 'matrix':
      return isRecord(value)
        ? question.rows
            .filter((row) => value[row.id] !== undefined)
            .map((row) => `${localize(row.label, lang.language, lang.defaultLanguage) || row.id}: ${labelOf(question.columns, value[row.id], lang)}`)
            .join('; ')
        : raw(value);
    case 'consent':
      return value === true ? words.yes : value === false ? words.no : raw(value);
    default:
      return raw(value);
  }
}

/** The columns of the responses table: the draft's questions, then ids only older versions asked. */
export function answerColumns(survey: SurveyDefinition, responses: readonly SurveyResponse[]): { id: string; question: Question | undefined }[] {
  const questions = survey.pages.flatMap((page) => page.questions);
  const known = new Set(questions.map((q) => q.id));
  const extra = [...new Set(responses.flatMap((r) => Object.keys(r.answers ?? {})))].filter((id) => !known.has(id));
  return [...questions.map((question) => ({ id: question.id, question })), ...extra.map((id) => ({ id, question: undefined }))];
}
