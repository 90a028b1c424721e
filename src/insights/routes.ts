import { z } from 'zod';
import { findSurvey, findSurveyVersion } from '../collect/surveys/store.js';
import { SurveyDefinition } from '../engine/survey/schema.js';
import { invalidInput, notFound } from '../platform/errors/app-error.js';
import { defineRoute } from '../platform/http/route.js';
import { Id, WorkspaceParams } from '../platform/http/schemas.js';
import type { PlatformServices } from '../platform/services.js';
import { metricOverview } from './metrics/overview.js';
import { commentedRollups } from './metrics/commented.js';
import { previousPeriod } from './metrics/periods.js';
import { checkInterval, CommentQuery, commentConditionsOf, Day, daysAsked, Dimension, PeriodQuery } from './query-schemas.js';
import { listBreakdownValues } from './metrics/store.js';
import { surveyReport } from './metrics/survey-report.js';
import type { rollupRebuildJob } from './rollups/rebuild-job.js';
import { findRollupSettings, isRebuildUnderway, saveInsightsSettings } from './rollups/store.js';

const InsightsSettings = z
  .object({
    segments: z.array(z.string().regex(/^(contact|hidden)\.[A-Za-z][\w.-]{0,63}$/, { error: 'must be contact.<attribute> or hidden.<field>' })).max(20).optional(),
    minResponses: z.number().int().min(1).max(1000).optional(),
    csatProblemThreshold: z.number().int().min(1).max(4).optional(),
  })
  .strict();

/** Dashboards' numbers: a metric across surveys, one survey's questions, and how the workspace reads them. */
export function insightsRoutes({ db, jobs }: PlatformServices, rebuildJob: ReturnType<typeof rollupRebuildJob>) {
  /**
   * The period asked for, or the last 30 days in the rollups' time zone; and whether the numbers
   * are being recounted (a rebuild under way, or due because the workspace moved time zones).
   */
  const periodOf = async (workspaceId: string, query: { from?: string | undefined; to?: string | undefined }) => {
    const settings = await findRollupSettings(db, workspaceId);
    if (!settings) throw notFound('workspace.notFound');
    const isMoving = settings.timeZone !== settings.workspaceTimeZone;
    if (isMoving) await jobs.send(rebuildJob, { workspaceId }, { singletonKey: workspaceId });
    const isRebuilding = isMoving || (await isRebuildUnderway(db, workspaceId));
    const { from, to } = daysAsked(query, settings.timeZone);
    return { from, to, timeZone: settings.timeZone, isRebuilding, segments: settings.segments };
  };

  /** Rollups of the responses whose comments say what the query asks, or the tables when it asks nothing. */
  const sourceOf = async (
    workspaceId: string,
    query: CommentQuery,
    scope: { from: string; to: string; timeZone: string; segments: readonly string[]; surveyIds?: readonly string[] | undefined; keep: { dimensions: readonly string[]; kinds?: readonly string[] } },
  ) => {
    const conditions = commentConditionsOf(query);
    return conditions ? commentedRollups(db, { workspaceId, ...scope, conditions }) : undefined;
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/metrics/:metric',
      summary:
        'A metric across surveys over a period: value with confidence interval, change vs the previous period, trend and one breakdown; sentiment, intent, topic and lang count only responses with a comment that says so',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams.extend({ metric: z.enum(['nps', 'csat', 'ces', 'cli'], { error: 'must be nps, csat, ces or cli' }) }),
      query: PeriodQuery.extend({
        interval: z.enum(['day', 'week', 'month']).default('week'),
        survey: z.union([Id, z.array(Id).max(100)]).optional(),
        breakdown: z.union([z.literal('survey'), Dimension], { error: 'must be survey, channel, language, contact.<attribute>, hidden.<field> or answer.<question id>' }).optional(),
      })
        .extend(CommentQuery.shape)
        .strict(),
      handler: async ({ params, query }) => {
        const { timeZone, isRebuilding, segments, ...period } = await periodOf(params.workspaceId, query);
        if (query.filter && query.breakdown && query.breakdown !== 'survey' && query.filter.dimension !== query.breakdown) {
          throw invalidInput([{ path: 'query.breakdown', key: 'field.breakdownMustBeFilter', params: { dimension: query.filter.dimension } }]);
        }
        checkInterval(query.interval, period);
        const surveyIds = query.survey === undefined ? undefined : [query.survey].flat();
        const keep = { dimensions: ['', query.filter?.dimension ?? '', query.breakdown ?? ''], kinds: [params.metric] };
        const source = await sourceOf(params.workspaceId, query, { from: previousPeriod(period.from, period.to).from, to: period.to, timeZone, segments, surveyIds, keep });
        const overview = await metricOverview(db, {
          workspaceId: params.workspaceId,
          metric: params.metric,
          ...period,
          interval: query.interval,
          ...(surveyIds ? { surveyIds } : {}),
          ...(query.filter ? { filter: query.filter } : {}),
          ...(query.breakdown ? { breakdown: query.breakdown } : {}),
        }, source);
        return { ...overview, timeZone, isRebuilding };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/surveys/:surveyId',
      summary: "One survey's questions over a period: metrics, means, skips and answer distributions; sentiment, intent, topic and lang count only responses with a comment that says so",
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams.extend({ surveyId: Id }),
      query: PeriodQuery.extend(CommentQuery.shape).strict(),
      handler: async ({ params, query }) => {
        const survey = await findSurvey(db, params.workspaceId, params.surveyId);
        if (!survey) throw notFound('survey.notFound');
        const latest = survey.latestVersion === null ? null : await findSurveyVersion(db, params.workspaceId, params.surveyId, survey.latestVersion);
        const { timeZone, isRebuilding, segments, ...period } = await periodOf(params.workspaceId, query);
        const source = await sourceOf(params.workspaceId, query, { ...period, timeZone, segments, surveyIds: [params.surveyId], keep: { dimensions: ['', query.filter?.dimension ?? ''] } });
        const report = await surveyReport(db, {
          workspaceId: params.workspaceId,
          surveyId: params.surveyId,
          definition: latest ? SurveyDefinition.parse(latest.definition) : null,
          ...period,
          ...(query.filter ? { filter: query.filter } : {}),
        }, source);
        return { surveyId: survey.id, name: survey.name, ...period, timeZone, isRebuilding, ...report };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/breakdowns',
      summary: 'The breakdowns and values complete responses fall in over a period (for filters), at most 100 values each, most responses first',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      query: z.object({ from: Day.optional(), to: Day.optional(), survey: z.union([Id, z.array(Id).max(100)]).optional() }).strict(),
      handler: async ({ params, query }) => {
        const { timeZone: _zone, isRebuilding: _rebuilding, segments: _segments, ...period } = await periodOf(params.workspaceId, query);
        const rows = await listBreakdownValues(db, { workspaceId: params.workspaceId, ...period, ...(query.survey ? { surveyIds: [query.survey].flat() } : {}) });
        const items: { dimension: string; values: { value: string; responses: number }[]; hasMore: boolean }[] = [];
        for (const row of rows) {
          let item = items.at(-1);
          if (item?.dimension !== row.dimension) items.push((item = { dimension: row.dimension, values: [], hasMore: false }));
          if (item.values.length < 100) item.values.push({ value: row.value, responses: row.completed });
          else item.hasMore = true;
        }
        return { ...period, items };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/settings',
      summary: 'How the workspace reads its numbers: segments kept for breakdowns, the "too few" minimum, the CSAT problem threshold',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => {
        const settings = await findRollupSettings(db, params.workspaceId);
        if (!settings) throw notFound('workspace.notFound');
        const { segments, minResponses, csatProblemThreshold } = settings;
        return { segments, minResponses, csatProblemThreshold };
      },
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/insights/settings',
      summary: 'Change how the workspace reads its numbers; new segments are filled in from past responses by a rebuild',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      body: InsightsSettings,
      handler: async ({ params, body }) => {
        const before = await findRollupSettings(db, params.workspaceId);
        if (!before) throw notFound('workspace.notFound');
        await saveInsightsSettings(db, params.workspaceId, body);
        const after = (await findRollupSettings(db, params.workspaceId))!;
        const segmentsChanged = JSON.stringify([...before.segments].sort()) !== JSON.stringify([...after.segments].sort());
        if (segmentsChanged) await jobs.send(rebuildJob, { workspaceId: params.workspaceId }, { singletonKey: params.workspaceId });
        return { segments: after.segments, minResponses: after.minResponses, csatProblemThreshold: after.csatProblemThreshold, isRebuilding: segmentsChanged };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/insights/rebuild',
      summary: "Recompute the workspace's rollups from its responses, in the background (after a time zone change, for example)",
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      status: 202,
      handler: async ({ params }) => ({ jobId: await jobs.send(rebuildJob, { workspaceId: params.workspaceId }, { singletonKey: params.workspaceId }) }),
    }),
  ];
}
