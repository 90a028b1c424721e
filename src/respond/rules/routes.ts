import { z } from 'zod';
import { findSurvey } from '../../collect/surveys/store.js';
import { findTopic } from '../../insights/comments/topics-store.js';
import { completedResponseIdsSince } from '../../collect/responses/store.js';
import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { newId } from '../../platform/db/ids.js';
import { invalidInput, notFound, type FieldProblem } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { SurveyFollowUp } from '../../engine/respond/follow-up.js';
import { RuleInput } from '../../engine/respond/rules.js';
import { surveyFollowUp } from './follow-up.js';
import type { ReplayJob } from './replay-job.js';
import * as store from './store.js';

const RuleParams = WorkspaceParams.extend({ ruleId: Id });

/** A rule as the API shows it. */
const shown = (rule: store.RuleRow & { firings?: number; lastFiredAt?: Date | null }) => ({
  id: rule.id,
  name: rule.name,
  kind: rule.kind,
  isEnabled: rule.isEnabled,
  surveyIds: rule.surveyIds,
  condition: rule.condition,
  actions: rule.actions,
  activeFrom: rule.activeFrom.toISOString(),
  createdAt: rule.createdAt.toISOString(),
  updatedAt: rule.updatedAt.toISOString(),
  ...(rule.firings !== undefined ? { firings: rule.firings, lastFiredAt: rule.lastFiredAt?.toISOString() ?? null } : {}),
});

/** Alert rules: list, create, replace, delete, replay over past responses, and their firings. */
export function ruleRoutes({ db }: PlatformServices, replayJob: ReplayJob, jobs: PlatformServices['jobs']) {
  const read = { kind: 'workspace', permission: 'cases.read' } as const;
  const manage = { kind: 'workspace', permission: 'cases.manage' } as const;
  const load = async (workspaceId: string, ruleId: string) => {
    const rule = await store.findRule(db, workspaceId, ruleId);
    if (!rule) throw notFound('rule.notFound');
    return rule;
  };
  /** Every survey and topic a rule names must be the workspace's: a rule never watches another tenant. */
  const checkReferences = async (workspaceId: string, body: RuleInput) => {
    const problems: FieldProblem[] = [];
    for (const [index, surveyId] of body.surveyIds.entries()) if (!(await findSurvey(db, workspaceId, surveyId))) problems.push({ path: `body.surveyIds.${index}`, key: 'field.notSurveyOfWorkspace' });
    if (body.kind === 'response') {
      for (const [index, test] of body.condition.tests.entries()) {
        if (test.field === 'topic' && !(await findTopic(db, workspaceId, test.value))) problems.push({ path: `body.condition.tests.${index}.value`, key: 'field.notTopicOfWorkspace' });
      }
    }
    if (problems.length) throw invalidInput(problems);
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/alert-rules',
      summary: 'Alert rules of the workspace, with how often each fired',
      tags: ['respond'],
      access: read,
      params: WorkspaceParams,
      handler: async ({ params }) => ({ items: (await store.listRules(db, params.workspaceId)).map(shown) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/alert-rules',
      summary: 'Add an alert rule; it judges responses completed from now on',
      tags: ['respond'],
      access: manage,
      params: WorkspaceParams,
      body: RuleInput,
      status: 201,
      handler: async (context) => {
        const { params, body } = context;
        await checkReferences(params.workspaceId, body);
        const created = await db.transaction(async (tx) => {
          const row = await store.insertRule(tx, { workspaceId: params.workspaceId, id: newId(), ...body, createdByUserId: context.principal?.type === 'user' ? context.principal.userId : null });
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'alert_rule.created', target: { type: 'alert_rule', id: row.id }, details: { name: row.name } });
          return row;
        });
        return shown(created);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/alert-rules/:ruleId',
      summary: 'One alert rule',
      tags: ['respond'],
      access: read,
      params: RuleParams,
      handler: async ({ params }) => shown(await load(params.workspaceId, params.ruleId)),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/alert-rules/:ruleId',
      summary: 'Replace an alert rule; the new version judges responses completed from now on',
      tags: ['respond'],
      access: manage,
      params: RuleParams,
      body: RuleInput,
      handler: async (context) => {
        const { params, body } = context;
        const before = await load(params.workspaceId, params.ruleId);
        await checkReferences(params.workspaceId, body);
        // Turning a rule on or off alone keeps its start; any other change starts it anew.
        const isSameRule = JSON.stringify([before.kind, before.surveyIds, before.condition, before.actions]) === JSON.stringify([body.kind, body.surveyIds, body.condition, body.actions]);
        const updated = await db.transaction(async (tx) => {
          const row = await store.updateRule(tx, params.workspaceId, params.ruleId, { ...body, ...(isSameRule && before.isEnabled === body.isEnabled ? {} : { activeFrom: new Date() }) });
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'alert_rule.updated', target: { type: 'alert_rule', id: params.ruleId }, details: { name: body.name } });
          return row!;
        });
        return shown(updated);
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/alert-rules/:ruleId',
      summary: 'Delete an alert rule; the cases it opened stay',
      tags: ['respond'],
      access: manage,
      params: RuleParams,
      handler: async (context) => {
        const { params } = context;
        await db.transaction(async (tx) => {
          if (!(await store.deleteRule(tx, params.workspaceId, params.ruleId))) throw notFound('rule.notFound');
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'alert_rule.deleted', target: { type: 'alert_rule', id: params.ruleId } });
        });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/alert-rules/:ruleId/replay',
      summary: 'Judge the responses completed since a time by this rule (it fires at most once per response)',
      tags: ['respond'],
      access: manage,
      params: RuleParams,
      body: z.object({ since: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-01-31T00:00:00Z' }) }).strict(),
      status: 202,
      handler: async ({ params, body }) => {
        const rule = await load(params.workspaceId, params.ruleId);
        if (rule.kind !== 'response') throw invalidInput([{ path: 'params.ruleId', key: 'field.metricRuleNoReplay' }]);
        const ids = await completedResponseIdsSince(db, params.workspaceId, new Date(body.since), rule.surveyIds, 10_000);
        for (const responseId of ids) await jobs.send(replayJob, { workspaceId: params.workspaceId, ruleId: rule.id, responseId }, { singletonKey: `${rule.id}:${responseId}` });
        return { queued: ids.length };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/alert-rules/:ruleId/firings',
      summary: 'When the rule fired, on which response, and the case it opened; newest first',
      tags: ['respond'],
      access: read,
      params: RuleParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
      handler: async ({ params, query }) => {
        await load(params.workspaceId, params.ruleId);
        const rows = await store.listFirings(db, params.workspaceId, params.ruleId, query.limit);
        return { items: rows.map((f) => ({ subject: f.subject, responseId: f.responseId, caseId: f.caseId, details: f.details, firedAt: f.firedAt.toISOString() })) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/follow-up',
      summary: 'Whether the survey promises unhappy customers a follow-up (it asks for consent to contact them) and whether a rule opens a case for them; if none does, the rule to create',
      tags: ['respond'],
      access: read,
      params: WorkspaceParams.extend({ surveyId: Id }),
      response: SurveyFollowUp,
      handler: async ({ params }) => surveyFollowUp(db, params.workspaceId, params.surveyId),
    }),
  ];
}
