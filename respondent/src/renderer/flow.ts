import { checkAnswer } from '../../../src/engine/survey/answers.js';
import { walkSurvey, type AnswerValue, type Answers, type HiddenValues, type SurveyPath } from '../../../src/engine/survey/logic.js';
import type { Question, SurveyDefinition } from '../../../src/engine/survey/schema.js';
import type { UiStringKey } from './strings.js';

/** What the respondent has put into the form, blanks included (a text field may hold only spaces for a moment). */
export type Draft = Readonly<Record<string, AnswerValue | undefined>>;

/** A problem with one answer, as a chrome string and the values for its slots, so it follows a language switch. */
export interface AnswerProblem {
  key: UiStringKey;
  n?: number;
  min?: number;
  max?: number;
  /** A date as YYYY-MM-DD, shown in the respondent's language. */
  date?: string;
}

/** A blank field is no answer: the engine wants a question left out rather than answered with nothing. */
export function isBlank(value: AnswerValue | undefined): value is undefined {
  if (value === undefined || value === '') return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * The answers to send and the path they lead along. Answers to questions the logic now hides are
 * left out (the server refuses them), and leaving one out can hide another, so this repeats until
 * nothing changes. The draft keeps them, so changing one's mind back brings them back.
 */
export function resolveAnswers(survey: SurveyDefinition, draft: Draft, hidden: HiddenValues): { answers: Record<string, AnswerValue>; path: SurveyPath } {
  let answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(draft)) if (!isBlank(value)) answers[id] = value;
  for (;;) {
    const path = walkSurvey(survey, answers, hidden);
    const shown = new Set(path.questions.map((question) => question.id));
    const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
    if (Object.keys(kept).length === Object.keys(answers).length) return { answers, path };
    answers = kept;
  }
}

/**
 * Why an answer cannot go on, or null. The engine's `checkAnswer` decides whether there is a problem
 * (the same check the server makes); this only picks the words the respondent reads.
 */
export function findProblem(question: Question, value: AnswerValue | undefined): AnswerProblem | null {
  if (isBlank(value)) {
    if (!question.required) return null;
    return { key: question.type === 'consent' ? 'errorConsent' : question.type === 'ranking' ? 'errorRanking' : 'errorRequired' };
  }
  if (checkAnswer(question, value) === null) return null;
  return describeProblem(question, value);
}

function describeProblem(question: Question, value: AnswerValue): AnswerProblem {
  switch (question.type) {
    case 'multiple_choice': {
      const count = Array.isArray(value) ? value.length : 0;
      if (question.min !== undefined && count < question.min) return { key: 'errorMin', n: question.min };
      if (question.max !== undefined && count > question.max) return { key: 'errorMax', n: question.max };
      break;
    }
    case 'short_text':
    case 'long_text':
      if (typeof value === 'string' && [...value].length > question.maxLength) return { key: 'errorTooLong', n: question.maxLength };
      break;
    case 'matrix':
      return { key: 'errorRows' };
    case 'cli':
      return { key: 'errorCli' };
    case 'ranking':
      return { key: 'errorRanking' };
    case 'consent':
      return { key: 'errorConsent' };
    case 'date':
      if (typeof value === 'string' && question.min && value < question.min) return { key: 'errorDateMin', date: question.min };
      if (typeof value === 'string' && question.max && value > question.max) return { key: 'errorDateMax', date: question.max };
      return { key: 'errorDate' };
  }
  return { key: 'errorGeneric' };
}

/** The problems of the questions shown on one page, by question id. */
export function findPageProblems(questions: readonly Question[], answers: Answers): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {};
  for (const question of questions) {
    const problem = findProblem(question, answers[question.id]);
    if (problem) problems[question.id] = problem;
  }
  return problems;
}

/**
 * The question a server problem is about. The API may name it `answers.nps` or `body.answers.nps`.
 * @example questionIdOf('body.answers.nps') // 'nps'
 */
export function questionIdOf(path: string): string | null {
  const match = /^(?:body\.)?answers\.([a-z][a-z0-9_]{0,63})(?:\.|$)/.exec(path);
  return match ? match[1]! : null;
}

/**
 * The words for a problem the server found. The local check usually knows it better; when it sees
 * nothing (the server knows something the page does not), a missing answer reads as "please
 * answer", anything else as "please check".
 */
export function problemFromServer(question: Question, value: AnswerValue | undefined, serverProblem: string): AnswerProblem {
  const local = isBlank(value) ? null : findProblem(question, value);
  if (local) return local;
  return /required|must be given/.test(serverProblem) || isBlank(value) ? { key: question.type === 'consent' ? 'errorConsent' : 'errorRequired' } : { key: 'errorGeneric' };
}

/**
 * The same order every time for the same seed (a respondent sees their order again after a
 * reload), a different one for another respondent.
 * @example shuffleWithSeed(['a', 'b', 'c'], 'seed') // always the same permutation for 'seed'
 */
export function shuffleWithSeed<T>(items: readonly T[], seed: string): T[] {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
