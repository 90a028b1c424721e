import type { SurveyDefinition } from '../../engine/survey/schema.js';
import { localize, pipe } from '../../engine/survey/text.js';
import type { ResponseCondition, ResponseTest } from '../../engine/respond/rules.js';

/**
 * Judging one completed response against a rule's condition: pure, no I/O, microseconds. The
 * facts (`ResponseFacts`) are read once per response and shared by every rule of the workspace.
 */

export interface Scores {
  nps: number | null;
  csat: number | null;
  ces: number | null;
}

export interface ResponseFacts {
  scores: Scores;
  answers: Readonly<Record<string, unknown>>;
  hidden: Readonly<Record<string, unknown>>;
  contact: Readonly<Record<string, unknown>>;
  channel: string;
  language: string;
  /** CSAT at or below this is a problem (the workspace's Insights setting). */
  csatProblemThreshold: number;
  /** The response's analysed comments; none when it has no written answer (or before the analysis). */
  comments?: readonly CommentFacts[];
}

/** What the analysis found in one comment. */
export interface CommentFacts {
  /** null: a language Kuulo has no sentiment model for. */
  sentiment: string | null;
  intents: readonly string[];
  topics: readonly { id: string; name: string }[];
}

/** The answer to the first question of each metric type: what "the response's NPS" means. */
export function scoresOf(definition: SurveyDefinition, answers: Readonly<Record<string, unknown>>): Scores {
  const scores: Scores = { nps: null, csat: null, ces: null };
  for (const page of definition.pages) {
    for (const question of page.questions) {
      if (question.type !== 'nps' && question.type !== 'csat' && question.type !== 'ces') continue;
      const value = answers[question.id];
      if (scores[question.type] === null && typeof value === 'number') scores[question.type] = value;
    }
  }
  return scores;
}

/** The first written answer: what a case shows as the customer's comment. */
export function commentOf(definition: SurveyDefinition, answers: Readonly<Record<string, unknown>>): string | null {
  for (const page of definition.pages) {
    for (const question of page.questions) {
      const value = answers[question.id];
      if ((question.type === 'long_text' || question.type === 'short_text') && typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

/**
 * Each answer with its question's text (placeholders as their fallback) and the chosen options'
 * labels, in the response's language; its question's type, so a reader's screen words a consent
 * (stored as "true") in its own language.
 */
export function answersShown(definition: SurveyDefinition, answers: Readonly<Record<string, unknown>>, language: string): { question: string; type: string; title: string; value: string }[] {
  const shown: { question: string; type: string; title: string; value: string }[] = [];
  const text = (value: Parameters<typeof localize>[0]) => localize(value, language, definition.defaultLanguage);
  for (const page of definition.pages) {
    for (const question of page.questions) {
      const value = answers[question.id];
      if (value === undefined || value === null) continue;
      let written: string;
      if (question.type === 'single_choice' || question.type === 'dropdown') written = text(question.options.find((o) => o.id === value)?.label) || String(value);
      else if (question.type === 'multiple_choice' || question.type === 'ranking') written = (value as string[]).map((id) => text(question.options.find((o) => o.id === id)?.label) || id).join(', ');
      else if (typeof value === 'object') written = Object.entries(value as Record<string, unknown>).map(([key, v]) => `${key}: ${String(v)}`).join(', ');
      else written = String(value);
      shown.push({ question: question.id, type: question.type, title: pipe(text(question.text), {}), value: written });
    }
  }
  return shown;
}

const compare = (left: number, op: string, right: number): boolean => {
  switch (op) {
    case 'eq':
      return left === right;
    case 'neq':
      return left !== right;
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    default:
      return false;
  }
};

const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '';

const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

/** Compares as numbers when both sides are numbers, else as text (case-insensitive equality; order by code points). */
function compareValues(actual: unknown, op: string, expected: unknown): boolean {
  const left = asNumber(actual);
  const right = asNumber(expected);
  if (left !== null && right !== null) return compare(left, op, right);
  if (actual === undefined || actual === null || expected === undefined) return op === 'neq' && isPresent(expected);
  const a = String(actual).toLowerCase();
  const b = String(expected).toLowerCase();
  if (op === 'eq') return a === b;
  if (op === 'neq') return a !== b;
  return compare(a < b ? -1 : a > b ? 1 : 0, op, 0);
}

export function testHolds(test: ResponseTest, facts: ResponseFacts): boolean {
  switch (test.field) {
    case 'nps':
    case 'csat':
    case 'ces': {
      const score = facts.scores[test.field];
      return score !== null && compare(score, test.op, test.value);
    }
    case 'csat_problem':
      return facts.scores.csat !== null && facts.scores.csat <= facts.csatProblemThreshold;
    case 'answer': {
      const value = facts.answers[test.question];
      if (test.op === 'answered') return isPresent(value);
      if (test.op === 'not_answered') return !isPresent(value);
      if (value === undefined || value === null) return false;
      if (test.op === 'includes') return Array.isArray(value) ? value.includes(test.value) : value === test.value;
      if (test.op === 'contains') return typeof test.value === 'string' && String(typeof value === 'object' ? JSON.stringify(value) : value).toLowerCase().includes(test.value.toLowerCase());
      if (Array.isArray(value)) return test.op === 'eq' ? value.length === 1 && value[0] === test.value : test.op === 'neq' ? !value.includes(test.value) : false;
      return compareValues(value, test.op, test.value);
    }
    case 'contact': {
      const value = facts.contact[test.attribute];
      if (test.op === 'present') return isPresent(value);
      if (test.op === 'absent') return !isPresent(value);
      return isPresent(value) && compareValues(value, test.op, test.value);
    }
    case 'hidden': {
      const value = facts.hidden[test.key];
      if (test.op === 'present') return isPresent(value);
      if (test.op === 'absent') return !isPresent(value);
      return compareValues(value ?? '', test.op, test.value ?? '');
    }
    case 'channel':
    case 'language':
      return compareValues(facts[test.field], test.op, test.value);
    case 'sentiment': {
      const found = (facts.comments ?? []).some((comment) => comment.sentiment === test.value);
      return test.op === 'eq' ? found : !found;
    }
    case 'intent': {
      const found = (facts.comments ?? []).some((comment) => comment.intents.includes(test.value));
      return test.op === 'includes' ? found : !found;
    }
    case 'topic': {
      const found = (facts.comments ?? []).some((comment) => comment.topics.some((topic) => topic.id === test.value));
      return test.op === 'includes' ? found : !found;
    }
  }
}

/** Whether the condition holds, and which of its tests did (for the timeline and the alert). */
export function conditionHolds(condition: ResponseCondition, facts: ResponseFacts): { holds: boolean; matched: number[] } {
  const matched: number[] = [];
  condition.tests.forEach((test, index) => {
    if (testHolds(test, facts)) matched.push(index);
  });
  const holds = condition.match === 'any' ? matched.length > 0 : matched.length === condition.tests.length;
  return { holds, matched };
}

/** A short English line for a test, as firings, cases and webhooks keep it ("NPS ≤ 6"; topics by name when the facts know it); people read the test itself in their language. */
export function describeTest(test: ResponseTest, facts?: Pick<ResponseFacts, 'comments'>): string {
  const ops: Record<string, string> = { eq: '=', neq: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥', includes: 'includes', contains: 'contains', answered: 'answered', not_answered: 'not answered', present: 'is set', absent: 'is not set' };
  const op = (name: string) => ops[name] ?? name;
  switch (test.field) {
    case 'nps':
    case 'csat':
    case 'ces':
      return `${test.field.toUpperCase()} ${op(test.op)} ${test.value}`;
    case 'csat_problem':
      return 'CSAT is a problem';
    case 'answer':
      return `answer ${test.question} ${op(test.op)}${test.value !== undefined ? ` ${test.value}` : ''}`;
    case 'contact':
      return `contact ${test.attribute} ${op(test.op)}${test.value !== undefined ? ` ${test.value}` : ''}`;
    case 'hidden':
      return `hidden ${test.key} ${op(test.op)}${test.value !== undefined ? ` ${test.value}` : ''}`;
    case 'channel':
    case 'language':
      return `${test.field} ${op(test.op)} ${test.value}`;
    case 'sentiment':
      return test.op === 'eq' ? `a comment is ${test.value}` : `no comment is ${test.value}`;
    case 'intent':
      return `${test.op === 'includes' ? 'a' : 'no'} comment is a ${test.value.replace('_', ' ')}`;
    case 'topic': {
      const name = facts?.comments?.flatMap((comment) => comment.topics).find((topic) => topic.id === test.value)?.name ?? test.value;
      return `${test.op === 'includes' ? 'a' : 'no'} comment is about ${name}`;
    }
  }
}
