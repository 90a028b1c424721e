import type { Condition, Ending, Page, Question, SurveyDefinition } from './schema.js';

/** An answer as stored: its shape depends on the question type (see answers.ts). */
export type AnswerValue = number | string | boolean | string[] | Record<string, number | string>;
export type Answers = Readonly<Record<string, AnswerValue>>;
export type HiddenValues = Readonly<Record<string, string>>;

/** Evaluates a condition over the answers given so far and the hidden fields. Unanswered compares as false. */
export function evaluate(condition: Condition, answers: Answers, hidden: HiddenValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, hidden));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, hidden));
  if ('not' in condition) return !evaluate(condition.not, answers, hidden);
  if ('hidden' in condition) {
    const value = hidden[condition.hidden];
    switch (condition.op) {
      case 'present':
        return value !== undefined && value !== '';
      case 'absent':
        return value === undefined || value === '';
      case 'eq':
        return value === condition.value;
      case 'neq':
        return value !== condition.value;
    }
  }
  const answer = answers[condition.question];
  switch (condition.op) {
    case 'answered':
      return answer !== undefined;
    case 'not_answered':
      return answer === undefined;
    case 'eq':
      return answer === condition.value;
    case 'neq':
      return answer !== undefined && answer !== condition.value;
    case 'gt':
      return typeof answer === 'number' && typeof condition.value === 'number' && answer > condition.value;
    case 'gte':
      return typeof answer === 'number' && typeof condition.value === 'number' && answer >= condition.value;
    case 'lt':
      return typeof answer === 'number' && typeof condition.value === 'number' && answer < condition.value;
    case 'lte':
      return typeof answer === 'number' && typeof condition.value === 'number' && answer <= condition.value;
    case 'includes':
      return Array.isArray(answer) ? answer.includes(condition.value) : answer === condition.value;
    case 'excludes':
      return answer !== undefined && (Array.isArray(answer) ? !answer.includes(condition.value) : answer !== condition.value);
  }
}

export interface SurveyPath {
  /** Pages the respondent sees, in order. */
  pages: Page[];
  /** Questions the respondent sees on those pages. */
  questions: Question[];
  ending: Ending;
}

/**
 * Follows the survey's logic for the given answers: which pages are shown, which questions on
 * them, and which end screen closes it. Jumps only go forward, so the walk always ends.
 */
export function walkSurvey(survey: SurveyDefinition, answers: Answers, hidden: HiddenValues = {}): SurveyPath {
  const pages: Page[] = [];
  const questions: Question[] = [];
  let ending: Ending = survey.endings[0]!;
  let index = 0;
  while (index < survey.pages.length) {
    const page = survey.pages[index]!;
    if (page.visibleIf && !evaluate(page.visibleIf, answers, hidden)) {
      index++;
      continue;
    }
    pages.push(page);
    for (const question of page.questions) if (!question.visibleIf || evaluate(question.visibleIf, answers, hidden)) questions.push(question);
    const jump = page.jumps.find((j) => evaluate(j.if, answers, hidden));
    if (jump && 'ending' in jump.to) {
      const target = jump.to.ending;
      ending = survey.endings.find((e) => e.id === target) ?? ending;
      break;
    }
    const target = jump && 'page' in jump.to ? survey.pages.findIndex((p) => p.id === (jump.to as { page: string }).page) : -1;
    index = target > index ? target : index + 1;
  }
  return { pages, questions, ending };
}

/** Every question of the survey, in order, with the index of its page. */
export function allQuestions(survey: SurveyDefinition): { question: Question; pageIndex: number }[] {
  return survey.pages.flatMap((page, pageIndex) => page.questions.map((question) => ({ question, pageIndex })));
}
