import { allQuestions } from '../../engine/survey/logic.js';
import type { SurveyDefinition } from '../../engine/survey/schema.js';
import { invalidInput } from '../../platform/errors/app-error.js';
import type { AnswerFilter } from './store.js';

/**
 * Reads `answer=<question id>:<value>` filters (the parameter may repeat) against the survey's
 * questions: a score or a choice must match exactly (a multiple choice must include it), a written
 * answer must contain the text. An unknown question or an impossible value is a 422, not an empty list.
 * @example answerFiltersOf(survey, ['nps:9', 'comment:delivery'])
 */
export function answerFiltersOf(survey: SurveyDefinition, raw: string | string[] | undefined): AnswerFilter[] {
  const given = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const questions = new Map(allQuestions(survey).map(({ question }) => [question.id, question]));
  return given.map((entry, index) => {
    const path = `query.answer.${index}`;
    const split = entry.indexOf(':');
    const questionId = split > 0 ? entry.slice(0, split) : '';
    const value = entry.slice(split + 1);
    const question = questions.get(questionId);
    if (!question || split <= 0) throw invalidInput([{ path, key: 'field.answerFilterFormat', params: { entry } }]);
    switch (question.type) {
      case 'nps':
      case 'csat':
      case 'ces':
      case 'rating': {
        const score = Number(value);
        if (!Number.isInteger(score)) throw invalidInput([{ path, key: 'field.answerFilterWhole', params: { question: questionId } }]);
        return { contains: { [questionId]: score } };
      }
      case 'consent':
        if (value !== 'true' && value !== 'false') throw invalidInput([{ path, key: 'field.answerFilterBoolean', params: { question: questionId } }]);
        return { contains: { [questionId]: value === 'true' } };
      case 'single_choice':
      case 'dropdown':
        return { contains: { [questionId]: value } };
      case 'multiple_choice':
      case 'ranking':
        return { contains: { [questionId]: [value] } };
      case 'short_text':
      case 'long_text':
        return { questionId, textContains: value };
      default:
        throw invalidInput([{ path, key: 'field.answerFilterType', params: { question: questionId, type: question.type } }]);
    }
  });
}
