import { z } from 'zod';
import { allQuestions } from '../survey/logic.js';
import type { SurveyDefinition } from '../survey/schema.js';
import { Id, ResponseCondition, RuleAction, type ResponseTest } from './rules.js';

/**
 * A survey that asks for consent to be contacted after a score (as the NPS template does, ending
 * with "we'll be in touch") promises its unhappy customers a follow-up. That promise is kept only by
 * an alert rule that opens a case for them; these are the shared pieces that say whether a survey
 * makes the promise, which rule keeps it, and what the admin app is told about it.
 */

/** The rule that keeps the promise, as the alerts API takes it (the admin app names it in the reader's language). */
export const FollowUpRule = z.object({
  kind: z.literal('response'),
  surveyIds: z.array(Id),
  condition: ResponseCondition,
  actions: z.array(RuleAction),
});
export type FollowUpRule = z.output<typeof FollowUpRule>;

/** What `GET …/surveys/:surveyId/follow-up` answers. */
export const SurveyFollowUp = z.object({
  surveyId: Id,
  /** The survey (its latest published version, else its draft) asks unhappy customers whether they may be contacted. */
  promisesFollowUp: z.boolean(),
  /** An enabled rule opens a case for every consenting unhappy customer of this survey, whatever their low score. */
  hasRule: z.boolean(),
  /** The rule to create when none keeps the promise; null when there is no promise or a rule keeps it. */
  rule: FollowUpRule.nullable(),
});
export type SurveyFollowUp = z.output<typeof SurveyFollowUp>;

type ScoreType = 'nps' | 'csat' | 'ces';

export interface FollowUpPromise {
  /** The survey's first score question: what "the response's NPS" (or CSAT, CES) means to rules. */
  score: { questionId: string; type: ScoreType };
  consentQuestionId: string;
  /** The scores of the unhappy customers the promise is made to. */
  lowScores: number[];
}

/** NPS detractors (0–6), CSAT at or below the workspace's problem threshold, CES "difficult" (1–3 of 7). */
const lowScoresOf = (type: ScoreType, csatProblemThreshold: number): number[] => {
  const upTo = type === 'nps' ? 6 : type === 'csat' ? csatProblemThreshold : 3;
  const from = type === 'nps' ? 0 : 1;
  return Array.from({ length: upTo - from + 1 }, (_, index) => from + index);
};

/** The promise a survey makes, or null: it needs a score question and a consent question. */
export function followUpPromiseOf(definition: SurveyDefinition, csatProblemThreshold: number): FollowUpPromise | null {
  const questions = allQuestions(definition).map(({ question }) => question);
  const score = questions.find((question) => question.type === 'nps' || question.type === 'csat' || question.type === 'ces');
  const consent = questions.find((question) => question.type === 'consent');
  if (!score || !consent) return null;
  const type = score.type as ScoreType;
  return { score: { questionId: score.id, type }, consentQuestionId: consent.id, lowScores: lowScoresOf(type, csatProblemThreshold) };
}

/** This survey, a low score and consent given → open a case. */
export function followUpRuleOf(surveyId: string, promise: FollowUpPromise): FollowUpRule {
  const low: ResponseTest = promise.score.type === 'csat' ? { field: 'csat_problem' } : { field: promise.score.type, op: 'lte', value: promise.lowScores.at(-1)! };
  // A consent answer is true when given; rules compare answers as text or numbers.
  const consented: ResponseTest = { field: 'answer', question: promise.consentQuestionId, op: 'eq', value: 'true' };
  return {
    kind: 'response',
    surveyIds: [surveyId],
    condition: { match: 'all', tests: [low, consented] },
    actions: [{ type: 'open_case', priority: 'normal', assign: { kind: 'none' } }],
  };
}
