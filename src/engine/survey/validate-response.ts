import { checkAnswer } from './answers.js';
import { allQuestions, walkSurvey, type AnswerValue, type Answers, type HiddenValues } from './logic.js';
import type { Ending, SurveyDefinition } from './schema.js';

export interface ResponseProblem {
  /** `answers.<question id>` or `hidden.<key>`, so a form can show it by the question. */
  path: string;
  problem: string;
}

export type ResponseCheck =
  | { isValid: true; answers: Record<string, AnswerValue>; ending: Ending }
  | { isValid: false; problems: ResponseProblem[] };

/**
 * Checks a response against the survey version it answers, the same way in the browser (instant
 * feedback) and on the server (acceptance): every key must be a question, every answer must fit
 * its question, no answer may go to a question the logic hid, and, when the response is complete,
 * every required question that was shown must be answered.
 */
export function validateResponse(
  survey: SurveyDefinition,
  input: { answers: unknown; hidden?: unknown },
  options: { isComplete: boolean },
): ResponseCheck {
  const problems: ResponseProblem[] = [];
  if (typeof input.answers !== 'object' || input.answers === null || Array.isArray(input.answers)) {
    return { isValid: false, problems: [{ path: 'answers', problem: 'must be an object from question id to answer' }] };
  }
  const hidden = checkHidden(survey, input.hidden, problems);
  const given = input.answers as Record<string, unknown>;
  const byId = new Map(allQuestions(survey).map(({ question }) => [question.id, question]));

  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(given)) {
    const question = byId.get(id);
    if (!question) {
      problems.push({ path: `answers.${id}`, problem: 'is not a question of this survey' });
      continue;
    }
    if (value === null || value === undefined) {
      problems.push({ path: `answers.${id}`, problem: 'must not be null: leave the question out to skip it' });
      continue;
    }
    const problem = checkAnswer(question, value);
    if (problem) problems.push({ path: `answers.${id}`, problem });
    else answers[id] = value as AnswerValue;
  }

  // Logic runs on the answers that passed, so one bad answer does not cascade into others.
  const path = walkSurvey(survey, answers, hidden);
  const shown = new Set(path.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!shown.has(id)) {
      problems.push({ path: `answers.${id}`, problem: 'was hidden by the survey logic for these answers, so it cannot be answered' });
      delete answers[id];
    }
  }
  if (options.isComplete) {
    for (const question of path.questions) {
      if (question.required && given[question.id] === undefined) problems.push({ path: `answers.${question.id}`, problem: 'is required' });
    }
  }
  return problems.length ? { isValid: false, problems } : { isValid: true, answers, ending: path.ending };
}

function checkHidden(survey: SurveyDefinition, value: unknown, problems: ResponseProblem[]): HiddenValues {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: 'hidden', problem: 'must be an object from hidden field key to text' });
    return {};
  }
  const hidden: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!survey.hiddenFields.some((field) => field.key === key)) problems.push({ path: `hidden.${key}`, problem: 'is not a hidden field of this survey' });
    else if (typeof item !== 'string' || item.length > 500) problems.push({ path: `hidden.${key}`, problem: 'must be text of at most 500 characters' });
    else hidden[key] = item;
  }
  return hidden;
}

export type { Answers };
