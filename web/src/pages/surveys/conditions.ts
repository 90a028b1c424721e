import type { Condition, Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { metricScales } from '../../../../src/engine/survey/scales.js';
import { localize } from '../../../../src/engine/survey/text.js';
import type { QuestionRef } from './definition.js';

/**
 * The builder's logic: a condition is a list of rules ("[earlier question] [op] [value]" or
 * "[hidden field] [op] [value]") joined by all or any. Anything richer (not, nested groups) is kept
 * as it is and shown read-only.
 */

export type ConditionOp = 'answered' | 'not_answered' | 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'includes' | 'excludes';
export type ConditionValue = number | string | boolean;

export interface SimpleCondition {
  question: string;
  op: ConditionOp;
  value?: ConditionValue;
}

const comparisons: ConditionOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];

/** One rule of a condition: about an earlier answer or about a hidden field. */
export type Rule = Extract<Condition, { question: string }> | Extract<Condition, { hidden: string }>;
export type HiddenOp = 'eq' | 'neq' | 'present' | 'absent';
export const hiddenOps: readonly HiddenOp[] = ['eq', 'neq', 'present', 'absent'];

/** How the rules of a condition combine: every one must hold, or at least one. */
export type Join = 'all' | 'any';

export interface RuleList {
  join: Join;
  rules: Rule[];
}

export const isRule = (condition: Condition): condition is Rule => 'question' in condition || 'hidden' in condition;

/** A condition as rules joined one way, or null when it negates or nests (the builder shows those read-only). */
export function asRuleList(condition: Condition): RuleList | null {
  if (isRule(condition)) return { join: 'all', rules: [condition] };
  if ('all' in condition) return condition.all.every(isRule) ? { join: 'all', rules: condition.all } : null;
  if ('any' in condition) return condition.any.every(isRule) ? { join: 'any', rules: condition.any } : null;
  return null;
}

/** The condition for a list of rules: one rule stands alone, several are wrapped in all or any; none is no condition. */
export function fromRuleList({ join, rules }: RuleList): Condition | undefined {
  if (rules.length <= 1) return rules[0];
  return join === 'all' ? { all: rules } : { any: rules };
}

/** A rule on a hidden field; only "is" and "is not" carry a value. */
export function hiddenRule(hidden: string, op: HiddenOp, value = ''): Rule {
  return op === 'present' || op === 'absent' ? { hidden, op } : { hidden, op, value };
}

/** The rule a new condition starts with: on the last question it may use, else on the first hidden field. */
export function defaultRule(questions: readonly Question[], hiddenFields: readonly { key: string }[], language: string): Rule | null {
  const last = questions.at(-1);
  if (last) return toCondition(defaultConditionFor(last, language, language));
  const field = hiddenFields[0];
  return field ? hiddenRule(field.key, 'present') : null;
}

export function toCondition(simple: SimpleCondition): Rule {
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

/** A label cut to fit a select: long question texts and titles end in "…". */
export const shorten = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 3)}…` : text);

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

/** The questions before a page, for a page's own condition (and, with the next page's index, for its jumps). */
export function questionsBeforePage(survey: SurveyDefinition, page: number): Question[] {
  return survey.pages.slice(0, page).flatMap((p) => p.questions);
}
