import type { Condition, Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { metricScales } from '../../../../src/engine/survey/scales.js';
import { localize } from '../../../../src/engine/survey/text.js';
import type { QuestionRef } from './definition.js';

/**
 * The builder's simple logic: "show only if [earlier question] [op] [value]". Anything richer
 * (all/any/not, hidden fields) is kept as it is and shown read-only.
 */

export type ConditionOp = 'answered' | 'not_answered' | 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'includes' | 'excludes';
export type ConditionValue = number | string | boolean;

export interface SimpleCondition {
  question: string;
  op: ConditionOp;
  value?: ConditionValue;
}

const comparisons: ConditionOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];

/** A condition on one question, or null when it is compound or about a hidden field. */
export function asSimpleCondition(condition: Condition | undefined): SimpleCondition | null {
  if (!condition || !('question' in condition)) return null;
  return 'value' in condition ? { question: condition.question, op: condition.op, value: condition.value } : { question: condition.question, op: condition.op };
}

export function toCondition(simple: SimpleCondition): Condition {
  const { question, op, value } = simple;
  if (op === 'answered' || op === 'not_answered') return { question, op };
  if (op === 'includes' || op === 'excludes') return { question, op, value: String(value ?? '') };
  return { question, op, value: value ?? '' };
}

/** The numeric scale of a question, when its answer is one number. */
export function scaleOf(question: Question): { min: number; max: number } | null {
  if (question.type === 'nps' || question.type === 'csat' || question.type === 'ces') return metricScales[question.type];
  if (question.type === 'rating') return { min: question.min, max: question.max };
  return null;
}

/** The operators that make sense for a question's answer. */
export function opsFor(question: Question): ConditionOp[] {
  if (scaleOf(question)) return [...comparisons, 'answered', 'not_answered'];
  if (question.type === 'single_choice' || question.type === 'dropdown') return ['eq', 'neq', 'answered', 'not_answered'];
  if (question.type === 'multiple_choice') return ['includes', 'excludes', 'answered', 'not_answered'];
  if (question.type === 'consent') return ['eq', 'answered', 'not_answered'];
  return ['answered', 'not_answered'];
}

export interface ValueChoice {
  value: string;
  label: string;
  parsed: ConditionValue;
}

/** The values a condition can compare with, as choices for a select; empty when the operator needs none. */
export function valueChoicesFor(question: Question, op: ConditionOp, language: string, defaultLanguage: string, words: { yes: string; no: string }): ValueChoice[] {
  if (op === 'answered' || op === 'not_answered') return [];
  const scale = scaleOf(question);
  if (scale) {
    return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => {
      const n = scale.min + i;
      return { value: String(n), label: String(n), parsed: n };
    });
  }
  if (question.type === 'consent') {
    return [
      { value: 'true', label: words.yes, parsed: true },
      { value: 'false', label: words.no, parsed: false },
    ];
  }
  if ('options' in question) {
    return question.options.map((o) => ({ value: o.id, label: localize(o.label, language, defaultLanguage) || o.id, parsed: o.id }));
  }
  return [];
}

/** A condition for a question just chosen as the subject: its first operator and first value. */
export function defaultConditionFor(question: Question, language: string, defaultLanguage: string): SimpleCondition {
  const op = opsFor(question)[0] ?? 'answered';
  const first = valueChoicesFor(question, op, language, defaultLanguage, { yes: '', no: '' })[0];
  return first ? { question: question.id, op, value: first.parsed } : { question: question.id, op };
}

/** The questions a condition on the question at `ref` may look at: those asked before it. */
export function earlierQuestions(survey: SurveyDefinition, ref: QuestionRef): Question[] {
  const earlier: Question[] = [];
  survey.pages.forEach((page, p) =>
    page.questions.forEach((question, q) => {
      if (p < ref.page || (p === ref.page && q < ref.index)) earlier.push(question);
    }),
  );
  return earlier;
}

/** The questions before a page, for a page's own condition. */
export function questionsBeforePage(survey: SurveyDefinition, page: number): Question[] {
  return survey.pages.slice(0, page).flatMap((p) => p.questions);
}
