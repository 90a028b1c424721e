import { findContact } from '../../collect/contacts/store.js';
import { findResponse } from '../../collect/responses/store.js';
import type { PublishedSurveys } from '../../collect/surveys/published-surveys.js';
import { findSurvey } from '../../collect/surveys/store.js';
import { findRollupSettings } from '../../insights/rollups/store.js';
import type { Db } from '../../platform/db/database.js';
import { sendQueuedMail } from '../../platform/mail/mail.js';
import type { PlatformServices } from '../../platform/services.js';
import { findRespondSettings } from '../settings/store.js';
import { runActions, type Firing } from './actions.js';
import { answersShown, commentOf, conditionHolds, describeTest, scoresOf, type CommentFacts, type ResponseFacts } from './evaluate.js';
import type { CaseHeadline } from '../../engine/respond/case-text.js';
import { ResponseCondition, RuleAction, usesComments } from '../../engine/respond/rules.js';
import { hasComments } from '../../insights/comments/analyse.js';
import { claimFiring, enabledRules, upsertResponseScores, type RuleRow } from './store.js';

/** A completed response as the judge needs it (the `response.completed` event's data, or the stored row). */
export interface CompletedResponse {
  workspaceId: string;
  responseId: string;
  surveyId: string;
  surveyName: string;
  surveyVersion: number;
  channel: string;
  language: string;
  contactId: string | null;
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  completedAt: Date;
}

export interface JudgeOptions {
  /**
   * When: as the response is completed (rules on its comments wait for their analysis, unless it has
   * none), once its comments are analysed (only the rules on comments), or a replay (every rule, the
   * comments as stored).
   */
  phase?: 'completed' | 'analysed' | 'replay';
  /** What the response's comments say: given after the analysis, read from the store for a replay. */
  comments?: readonly CommentFacts[];
  /** Judge with this rule only (a replay). */
  onlyRuleId?: string;
  /** Judge even when the response was completed before the rule took effect (a replay asks for it). */
  ignoreActiveFrom?: boolean;
  now?: Date;
}

type Services = Pick<PlatformServices, 'db' | 'config' | 'jobs' | 'mailJob' | 'events'>;

/**
 * Judges one completed response by the workspace's response rules and runs the actions of each
 * rule that holds, all in one transaction and each rule at most once per response. Also keeps the
 * response's scores, which the closed-loop figures count recoveries from.
 */
export async function judgeResponse(services: Services, published: PublishedSurveys, response: CompletedResponse, options: JudgeOptions = {}) {
  const { db } = services;
  const now = options.now ?? new Date();
  const definition = await published.version(response.workspaceId, response.surveyId, response.surveyVersion);
  if (!definition) return { fired: [] as string[] };
  const scores = scoresOf(definition, response.answers);
  await upsertResponseScores(db, { workspaceId: response.workspaceId, responseId: response.responseId, surveyId: response.surveyId, contactId: response.contactId, ...scores, completedAt: response.completedAt });

  const phase = options.phase ?? 'completed';
  const waitsForAnalysis = phase === 'completed' && hasComments(definition, response.answers);
  const rules = (await enabledRules(db, response.workspaceId, 'response')).filter((rule) => {
    const readsComments = usesComments(parsedRule(rule).condition);
    return (
      (phase === 'analysed' ? readsComments : phase === 'replay' || !readsComments || !waitsForAnalysis) &&
      (!options.onlyRuleId || rule.id === options.onlyRuleId) &&
      (rule.surveyIds.length === 0 || rule.surveyIds.includes(response.surveyId)) &&
      (options.ignoreActiveFrom || rule.activeFrom.getTime() <= response.completedAt.getTime())
    );
  });
  if (rules.length === 0) return { fired: [] as string[] };

  const contact = response.contactId ? await findContact(db, response.workspaceId, response.contactId) : null;
  const insights = await findRollupSettings(db, response.workspaceId);
  const facts: ResponseFacts = {
    scores,
    answers: response.answers,
    hidden: response.hidden,
    contact: (contact?.attributes as Record<string, unknown> | undefined) ?? {},
    channel: response.channel,
    language: response.language,
    csatProblemThreshold: insights?.csatProblemThreshold ?? 3,
    comments: options.comments ?? [],
  };
  const holding = rules.flatMap((rule) => {
    const { condition } = parsedRule(rule);
    const { holds, matched } = conditionHolds(condition, facts);
    const tests = matched.map((index) => condition.tests[index]!);
    return holds ? [{ rule, tests, reasons: tests.map((test) => describeTest(test, facts)) }] : [];
  });
  if (holding.length === 0) return { fired: [] as string[] };

  const settings = await findRespondSettings(db, response.workspaceId);
  const metric = scores.nps !== null ? 'nps' : scores.csat !== null ? 'csat' : scores.ces !== null ? 'ces' : null;
  const headline: CaseHeadline = { kind: 'response', metric, score: metric ? scores[metric] : null, survey: response.surveyName, from: contact?.name || contact?.email || null };
  const comment = commentOf(definition, response.answers);
  const context = {
    channel: response.channel,
    language: response.language,
    scores,
    comment,
    hidden: response.hidden,
    answers: answersShown(definition, response.answers, response.language),
    surveyName: response.surveyName,
    completedAt: response.completedAt.toISOString(),
  };
  // One transaction for the whole judgement: every rule that holds fires, or (on a failure, to be
  // retried) none does; a rule that fired on this response before fires nothing again.
  const shared = { caseId: null as string | null };
  const { fired, mailIds } = await db.transaction(async (tx: Db) => {
    const done = { fired: [] as string[], mailIds: [] as string[] };
    for (const { rule, tests, reasons } of holding) {
      const subject = `response:${response.responseId}`;
      if (!(await claimFiring(tx, { workspaceId: rule.workspaceId, ruleId: rule.id, subject, responseId: response.responseId, details: { reasons }, firedAt: now }))) continue;
      const firing: Firing = {
        rule,
        subject,
        headline,
        reasons,
        tests,
        response: { id: response.responseId, surveyId: response.surveyId, surveyName: response.surveyName, language: response.language },
        contact: contact ? { id: contact.id, name: contact.name, email: contact.email, attributes: (contact.attributes as Record<string, unknown>) ?? {} } : null,
        context,
      };
      const outcome = await runActions(tx, services.config, settings, parsedRule(rule).actions, firing, now, shared);
      done.fired.push(rule.id);
      done.mailIds.push(...outcome.mailIds);
    }
    return done;
  });
  await sendQueuedMail(services.jobs, services.mailJob, response.workspaceId, mailIds);
  if (fired.length) await services.events.dispatchSoon();
  return { fired };
}

/** Rules as stored, parsed once per version (a rule's `updatedAt` changes with every edit), not once per response. */
const parsed = new Map<string, { condition: ResponseCondition; actions: RuleAction[] }>();
export function parsedRule(rule: RuleRow) {
  const key = `${rule.id}:${rule.updatedAt.getTime()}`;
  let found = parsed.get(key);
  if (!found) {
    if (parsed.size >= 5000) parsed.clear();
    found = { condition: ResponseCondition.parse(rule.condition), actions: RuleAction.array().parse(rule.actions) };
    parsed.set(key, found);
  }
  return found;
}

/** The judge's view of a stored response (for a replay); null when it is not complete. */
export async function completedResponseOf(db: Db, workspaceId: string, responseId: string): Promise<CompletedResponse | null> {
  const row = await findResponse(db, workspaceId, responseId);
  if (!row || row.state !== 'complete' || !row.completedAt) return null;
  const survey = await findSurvey(db, workspaceId, row.surveyId);
  return {
    workspaceId,
    responseId: row.id,
    surveyId: row.surveyId,
    surveyName: survey?.name ?? '',
    surveyVersion: row.surveyVersion,
    channel: row.channel,
    language: row.language,
    contactId: row.contactId,
    answers: row.answers as Record<string, unknown>,
    hidden: row.hidden as Record<string, unknown>,
    completedAt: row.completedAt,
  };
}
