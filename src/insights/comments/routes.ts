import { z } from 'zod';
import { dayStartIn } from '../../engine/days.js';
import { findRollupSettings } from '../rollups/store.js';
import { addDays } from '../metrics/periods.js';
import { checkInterval, CommentQuery, Day, daysAsked, Filter } from '../query-schemas.js';
import { invalidInput, notFound } from '../../platform/errors/app-error.js';
import { accessOf, defineRoute, userOf } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { Db } from '../../platform/db/database.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import type { CommentFilters } from './filters.js';
import type { BackfillJob } from './jobs.js';
import { startBackfill } from './jobs.js';
import { complaintsBy, featureRequests, listComments, phraseSummary, sentimentSummary, sentimentTrend, topicSummary } from './queries.js';
import { correctSentiment, latestBackfill } from './store.js';
import { commentView } from './views.js';

/** Which comments: a period of days in the workspace's time zone and the text filters. */
const TextQuery = z.object({
  from: Day.optional(),
  to: Day.optional(),
  filter: Filter.refine((f) => !f.dimension.startsWith('answer.'), { error: 'must be channel, language, contact.<attribute> or hidden.<field> for comments' }).optional(),
  survey: z.union([Id, z.array(Id).max(100)]).optional(),
  phrase: z.string().min(1).max(200).optional(),
  q: z.string().trim().min(1).max(200).optional(),
}).extend(CommentQuery.shape);
type TextQuery = z.infer<typeof TextQuery>;

/** A product: a survey, a contact attribute or a hidden field. */
const Product = z.string().regex(/^(survey|channel|language|(contact|hidden)\.[A-Za-z][\w.-]{0,63})$/, { error: 'must be survey, channel, language, contact.<attribute> or hidden.<field>' });

export function commentRoutes(db: Db, jobs: JobQueue, backfill: BackfillJob) {
  const filtersOf = async (workspaceId: string, query: TextQuery): Promise<CommentFilters & { timeZone: string; period: { from: string; to: string } }> => {
    const settings = await findRollupSettings(db, workspaceId);
    if (!settings) throw notFound('workspace.notFound');
    const timeZone = settings.workspaceTimeZone;
    const { from, to } = daysAsked(query, timeZone);
    return {
      timeZone,
      period: { from, to },
      from: new Date(dayStartIn(from, timeZone)),
      to: new Date(dayStartIn(addDays(to, 1), timeZone)),
      surveyIds: query.survey === undefined ? undefined : [query.survey].flat(),
      sentiment: query.sentiment,
      intent: query.intent,
      topicId: query.topic,
      phrase: query.phrase,
      lang: query.lang,
      filter: query.filter,
      text: query.q,
    };
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/comments',
      summary: 'Comments with their sentiment, intents, phrases, topics and personal data marked, newest first; filtered like every text view',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      query: TextQuery.extend({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: z.string().regex(/^[^|]+\|[0-9a-f-]{36}$/, { error: 'must be the nextBefore of a previous page' }).optional(),
      }).strict(),
      handler: async ({ params, query, access }) => {
        const { timeZone, period, ...filters } = await filtersOf(params.workspaceId, query);
        const [at, id] = query.before?.split('|') ?? [];
        const before = at && id && Number.isFinite(Date.parse(at)) ? { at: new Date(at), id } : undefined;
        if (query.before && !before) throw invalidInput([{ path: 'query.before', key: 'field.beforeFromPreviousPage' }]);
        const page = await listComments(db, params.workspaceId, filters, { limit: query.limit, before });
        // Who may not read responses sees comments with personal data masked.
        const isMasked = !accessOf({ access }).permissions.includes('responses.read');
        const items = page.items.map((row) => commentView(row, { isMasked }));
        const last = items.at(-1);
        return { ...period, timeZone, items, nextBefore: page.hasMore && last ? `${last.writtenAt}|${last.id}` : null, isMasked };
      },
    }),

    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/insights/comments/:commentId/sentiment',
      summary: "Corrects a comment's sentiment (null: back to the model's); corrections teach the workspace's model",
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.manage' },
      params: WorkspaceParams.extend({ commentId: Id }),
      body: z.object({ label: z.enum(['negative', 'neutral', 'positive'], { error: 'must be negative, neutral, positive or null' }).nullable() }).strict(),
      handler: async ({ params, body, principal, access }) => {
        const userId = principal?.type === 'user' ? userOf({ principal }).userId : null;
        const row = await correctSentiment(db, params.workspaceId, params.commentId, body.label, userId);
        if (!row) throw notFound('comment.notFound');
        return commentView({ ...row, topics: [] }, { isMasked: !accessOf({ access }).permissions.includes('responses.read') });
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/text',
      summary: 'What customers write over a period: sentiment and its trend, intents, languages, topics and phrases with their change, emerging phrases',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      query: TextQuery.extend({ interval: z.enum(['day', 'week', 'month']).default('week') }).strict(),
      handler: async ({ params, query }) => {
        const { timeZone, period, ...filters } = await filtersOf(params.workspaceId, query);
        checkInterval(query.interval, period);
        return {
          ...period,
          timeZone,
          summary: await sentimentSummary(db, params.workspaceId, filters),
          trend: await sentimentTrend(db, params.workspaceId, filters, query.interval, timeZone),
          topics: await topicSummary(db, params.workspaceId, filters),
          phrases: await phraseSummary(db, params.workspaceId, filters),
          emerging: await phraseSummary(db, params.workspaceId, filters, { emerging: true, limit: 10 }),
          backfill: backfillView(await latestBackfill(db, params.workspaceId)),
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/text/complaints',
      summary: 'Complaints per product (a survey, a contact attribute or a hidden field), with their share of comments and the change',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      query: TextQuery.extend({ by: Product.default('survey') }).strict(),
      handler: async ({ params, query }) => {
        const { timeZone, period, ...filters } = await filtersOf(params.workspaceId, query);
        return { ...period, timeZone, by: query.by, products: await complaintsBy(db, params.workspaceId, filters, query.by) };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/text/feature-requests',
      summary: 'Feature requests grouped by topic and phrase, ranked by how many customers ask and by their value (a numeric contact attribute)',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      query: TextQuery.extend({ value: z.string().regex(/^contact\.[A-Za-z][\w.-]{0,63}$/, { error: 'must be contact.<attribute>, such as contact.revenue' }).optional() }).strict(),
      handler: async ({ params, query }) => {
        const { timeZone, period, ...filters } = await filtersOf(params.workspaceId, query);
        return { ...period, timeZone, value: query.value ?? null, ...(await featureRequests(db, params.workspaceId, filters, query.value ?? null)) };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/insights/text/backfill',
      summary: "Analyses every comment of the workspace's history again (with today's models and topics); answers the running analysis if one is under way",
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.manage' },
      params: WorkspaceParams,
      status: 202,
      handler: async ({ params }) => {
        const { backfill: row, isNew } = await startBackfill(db, params.workspaceId);
        if (isNew) await jobs.send(backfill, { workspaceId: params.workspaceId, backfillId: row.id }, { singletonKey: row.id });
        return backfillView(row);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/text/backfill',
      summary: 'The progress of the latest whole-history analysis',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => backfillView(await latestBackfill(db, params.workspaceId)),
    }),
  ];
}

const backfillView = (row: Awaited<ReturnType<typeof latestBackfill>>) =>
  row ? { id: row.id, status: row.status, total: row.total, done: row.done, startedAt: row.startedAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null, error: row.error } : null;
