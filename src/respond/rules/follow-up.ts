import { findSurvey, findSurveyVersion } from '../../collect/surveys/store.js';
import { followUpPromiseOf, followUpRuleOf, type SurveyFollowUp } from '../../engine/respond/follow-up.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { findRollupSettings } from '../../insights/rollups/store.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import { conditionHolds, type ResponseFacts } from './evaluate.js';
import { parsedRule } from './judge.js';
import { enabledRules } from './store.js';

/**
 * Whether a survey promises its unhappy customers a follow-up, and whether a rule keeps that
 * promise: for every low score, a consenting customer who writes nothing else must meet an enabled
 * rule of this survey that opens a case. A rule that needs more (a comment's sentiment, a contact
 * attribute, a channel) keeps it only for some of them, so it does not count.
 */
export async function surveyFollowUp(db: Db, workspaceId: string, surveyId: string): Promise<SurveyFollowUp> {
  const survey = await findSurvey(db, workspaceId, surveyId);
  if (!survey) throw notFound('survey.notFound');
  const published = survey.latestVersion === null ? null : await findSurveyVersion(db, workspaceId, surveyId, survey.latestVersion);
  const definition = SurveyDefinition.parse(published?.definition ?? survey.draft);
  const csatProblemThreshold = (await findRollupSettings(db, workspaceId))?.csatProblemThreshold ?? 3;
  const promise = followUpPromiseOf(definition, csatProblemThreshold);
  if (!promise) return { surveyId, promisesFollowUp: false, hasRule: false, rule: null };

  const rules = (await enabledRules(db, workspaceId, 'response'))
    .filter((rule) => rule.surveyIds.length === 0 || rule.surveyIds.includes(surveyId))
    .map(parsedRule)
    .filter((rule) => rule.actions.some((action) => action.type === 'open_case'));
  const consentingWith = (score: number): ResponseFacts => ({
    scores: { nps: null, csat: null, ces: null, [promise.score.type]: score },
    answers: { [promise.score.questionId]: score, [promise.consentQuestionId]: true },
    hidden: {},
    contact: {},
    channel: 'link',
    language: definition.defaultLanguage,
    csatProblemThreshold,
    comments: [],
  });
  const hasRule = promise.lowScores.every((score) => rules.some((rule) => conditionHolds(rule.condition, consentingWith(score)).holds));
  return { surveyId, promisesFollowUp: true, hasRule, rule: hasRule ? null : followUpRuleOf(surveyId, promise) };
}
