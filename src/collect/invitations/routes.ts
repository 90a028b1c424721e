import { z } from 'zod';
import { Audience, DistributionInput } from '../../engine/invitations/distributions.js';
import { DistributionReport, InvitationList, invitationStages } from '../../engine/invitations/report.js';
import { AppError, invalidInput, invalidInputFrom } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { newId } from '../../platform/db/ids.js';
import { readContactsCsv } from '../contacts/csv-import.js';
import { insertContactImport } from '../contacts/import-store.js';
import type { JobDefinition } from '../../platform/jobs/job-queue.js';
import { countAudience } from './audience.js';
import { addRecipients, cancelDistribution, checkDistributionInput, distributionView, distributionViews, invitationView, loadDistribution, sendDistribution } from './distributions.js';
import { wakeSender, type InvitationJobs } from './send-job.js';
import * as store from './store.js';

const DistributionParams = WorkspaceParams.extend({ distributionId: Id });

/** Email distributions: create, send or schedule, follow, and report. */
export function distributionRoutes({ db, jobs, config }: PlatformServices, sender: InvitationJobs, importJob: JobDefinition) {
  const parseInput = (body: unknown) => {
    const parsed = DistributionInput.safeParse(body);
    if (!parsed.success) throw invalidInputFrom(parsed.error.issues, 'body', body);
    return parsed.data;
  };
  const wake = (workspaceId: string) => wakeSender(jobs, sender, workspaceId);

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/distributions',
      summary: 'Email distributions, newest first, with how far their invitations got',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      query: z.object({ surveyId: Id.optional() }).strict(),
      handler: async ({ params, query }) => {
        return { distributions: await distributionViews(db, params.workspaceId, await store.listDistributions(db, params.workspaceId, query.surveyId)) };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/distributions',
      summary: 'Create an email distribution: a draft to send once, or a trigger that sends on events (active at once)',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: WorkspaceParams,
      body: z.unknown(),
      status: 201,
      handler: async (context) => {
        const input = parseInput(context.body);
        await checkDistributionInput(db, context.params.workspaceId, input);
        const row = await store.insertDistribution(db, {
          workspaceId: context.params.workspaceId,
          id: newId(),
          surveyId: input.surveyId,
          name: input.name,
          kind: input.kind,
          status: input.kind === 'trigger' ? 'active' : 'draft',
          settings: input,
          triggerEvent: input.kind === 'trigger' ? input.trigger.event : null,
          createdByUserId: context.principal?.type === 'user' ? context.principal.userId : null,
        });
        return distributionView(db, row);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/distributions/audience',
      summary: 'How many contacts an audience reaches, and how many of them can get mail',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      body: z.object({ audience: Audience }).strict(),
      handler: async ({ params, body }) => countAudience(db, params.workspaceId, body.audience),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId',
      summary: 'One distribution',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: DistributionParams,
      handler: async ({ params }) => distributionView(db, await loadDistribution(db, params.workspaceId, params.distributionId)),
    }),

    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId',
      summary: 'Change a draft or scheduled distribution, or a trigger',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: DistributionParams,
      body: z.unknown(),
      handler: async ({ params, body }) => {
        const input = parseInput(body);
        const row = await db.transaction(async (tx) => {
          const current = await loadDistribution(tx, params.workspaceId, params.distributionId, { forUpdate: true });
          if (input.kind !== current.kind) throw invalidInput([{ path: 'body.kind', key: current.kind === 'once' ? 'field.distributionIsOnce' : 'field.distributionIsTrigger' }]);
          if (current.kind === 'once' && current.status !== 'draft') throw new AppError('conflict', 'distribution.onlyDraftChanges', { params: { status: current.status } });
          if (input.surveyId !== current.surveyId && current.kind === 'trigger') {
            const counts = (await store.countInvitations(tx, params.workspaceId, [current.id])).get(current.id);
            if (counts && counts.recipients > 0) throw invalidInput([{ path: 'body.surveyId', key: 'field.triggerSurveyFixed' }]);
          }
          await checkDistributionInput(tx, params.workspaceId, input);
          return store.updateDistribution(tx, params.workspaceId, params.distributionId, { name: input.name, surveyId: input.surveyId, settings: input, triggerEvent: input.kind === 'trigger' ? input.trigger.event : null });
        });
        return distributionView(db, row);
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId',
      summary: 'Delete a draft distribution (or a trigger that never sent)',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: DistributionParams,
      status: 204,
      handler: async ({ params, reply }) => {
        await db.transaction(async (tx) => {
          const row = await loadDistribution(tx, params.workspaceId, params.distributionId, { forUpdate: true });
          const counts = (await store.countInvitations(tx, params.workspaceId, [row.id])).get(row.id) ?? store.emptyCounts();
          if (row.status !== 'draft' && counts.recipients - counts.draft > 0) throw new AppError('conflict', 'distribution.hasSent');
          await store.deleteDistribution(tx, params.workspaceId, row.id);
        });
        return reply.status(204).send();
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId/recipients',
      summary: 'Add recipients by hand (found or created as contacts); they go at once if the distribution is already sending',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: DistributionParams,
      body: z.object({ contacts: z.array(z.unknown()).min(1, { error: 'needs at least one contact' }).max(1000, { error: 'takes at most 1000 contacts at a time; upload a CSV for more' }) }).strict(),
      handler: async ({ params, body }) => {
        const result = await addRecipients(db, params.workspaceId, params.distributionId, body.contacts);
        if (result.isSendingNow) await wake(params.workspaceId);
        return { added: result.added, alreadyRecipients: result.alreadyRecipients };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId/recipients/imports',
      summary: 'Add recipients from a CSV (like a contacts import; poll GET /contacts/imports/:importId); bad rows and duplicates are reported by line',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: DistributionParams,
      body: z.object({ csv: z.string({ error: 'must be the CSV file\'s text' }).min(1, { error: 'is empty' }).max(20_000_000, { error: 'is larger than 20 MB' }) }).strict(),
      bodyLimit: 25 * 1024 * 1024,
      status: 202,
      handler: async (context) => {
        const { params, body } = context;
        const row = await loadDistribution(db, params.workspaceId, params.distributionId);
        if (row.kind !== 'once' || !['draft', 'scheduled', 'sending', 'sent'].includes(row.status)) throw (row.kind === 'once' ? new AppError('conflict', 'distribution.recipientsNotAddableTo', { params: { status: row.status } }) : new AppError('conflict', 'distribution.recipientsNotAddableToTrigger'));
        const { rows } = readContactsCsv(body.csv);
        const created = await insertContactImport(db, { workspaceId: params.workspaceId, id: newId(), csv: body.csv, totalRows: rows.length, distributionId: row.id, createdByUserId: context.principal?.type === 'user' ? context.principal.userId : null });
        await jobs.send(importJob, { workspaceId: params.workspaceId, importId: created.id });
        return { id: created.id, status: created.status, totalRows: created.totalRows };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId/send',
      summary: 'Send a draft now, or schedule it (at: a date and time)',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: DistributionParams,
      body: z.object({ at: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-12-01T09:00:00Z' }).optional() }).strict(),
      handler: async ({ params, body }) => {
        const row = await sendDistribution(db, params.workspaceId, params.distributionId, body.at ? new Date(body.at) : null);
        if (row.status === 'sending') await wake(params.workspaceId);
        return distributionView(db, row);
      },
    }),

    ...(['cancel', 'pause', 'resume'] as const).map((action) =>
      defineRoute({
        method: 'POST',
        url: `/api/v1/workspaces/:workspaceId/distributions/:distributionId/${action}`,
        summary: { cancel: 'Cancel a scheduled or sending distribution; what was sent stays sent', pause: 'Pause a trigger: events send nothing until it resumes', resume: 'Resume a paused trigger' }[action],
        tags: ['distributions'],
        access: { kind: 'workspace', permission: 'surveys.manage' },
        params: DistributionParams,
        handler: async ({ params }) => {
          if (action === 'cancel') return distributionView(db, await cancelDistribution(db, params.workspaceId, params.distributionId));
          const row = await db.transaction(async (tx) => {
            const current = await loadDistribution(tx, params.workspaceId, params.distributionId, { forUpdate: true });
            if (current.kind !== 'trigger') throw new AppError('conflict', 'distribution.onlyTriggerPauses');
            return store.updateDistribution(tx, params.workspaceId, current.id, { status: action === 'pause' ? 'paused' : 'active' });
          });
          return distributionView(db, row);
        },
      }),
    ),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId/report',
      summary: 'Delivery and response figures of a distribution: sent (accepted by the mail server or only in the outbox), skipped and why, bounced, opened, started, completed, response rate',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: DistributionParams,
      response: DistributionReport,
      handler: async ({ params }): Promise<DistributionReport> => {
        const row = await loadDistribution(db, params.workspaceId, params.distributionId);
        const counts = (await store.countInvitations(db, params.workspaceId, [row.id])).get(row.id) ?? store.emptyCounts();
        const sent = counts.sent + counts.bounced;
        const delivered = counts.sent;
        const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
        return {
          counts,
          delivery: { transport: config.mail.smtpUrl ? 'smtp' : 'outbox', ...(await store.countDeliveries(db, params.workspaceId, row.id)) },
          skipReasons: await store.skipReasons(db, params.workspaceId, row.id),
          responseRate: rate(counts.completed, delivered),
          completionRate: rate(counts.completed, counts.started),
          openRate: rate(counts.opened, delivered),
          reliableOpenRate: rate(counts.reliablyOpened, delivered),
          bounceRate: rate(counts.bounced, sent),
          remindersSent: counts.remindersSent,
          byLanguage: (await store.countsByLanguage(db, params.workspaceId, row.id)).map((language) => ({ ...language, responseRate: rate(language.completed, language.sent - language.bounced) })),
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/distributions/:distributionId/invitations',
      summary: 'The invitations of a distribution, newest first, a page at a time, optionally of one stage',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: DistributionParams,
      query: z.object({ stage: z.enum(invitationStages).optional(), beforeId: Id.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
      response: InvitationList,
      handler: async ({ params, query }): Promise<InvitationList> => {
        await loadDistribution(db, params.workspaceId, params.distributionId);
        const rows = await store.listInvitations(db, params.workspaceId, params.distributionId, query);
        const people = await store.contactsOf(db, params.workspaceId, rows);
        const views = rows.map((row) => invitationView(row, row.contactId ? people.get(row.contactId) : null));
        return { invitations: views, nextBeforeId: rows.length === query.limit ? rows.at(-1)!.id : null };
      },
    }),
  ];
}
