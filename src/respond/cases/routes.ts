import { z } from 'zod';
import { findContact } from '../../collect/contacts/store.js';
import { findResponse } from '../../collect/responses/store.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidInput, notFound, renderProblem } from '../../platform/errors/app-error.js';
import { readerLocale } from '../../platform/http/reader-locale.js';
import { defineRoute, type RouteContext } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import { sendQueuedMail } from '../../platform/mail/mail.js';
import type { PlatformServices } from '../../platform/services.js';
import { CasePriority } from '../../engine/respond/rules.js';
import { findRespondSettings } from '../settings/store.js';
import { canSee, canWork, caseViewerOf, roleForLimits, type CaseViewer } from './access.js';
import { replyDraft, sendRecoverySurvey, sendReply, takeAction } from './customer.js';
import { closedLoopFigures } from './figures.js';
import { openCase } from './open-case.js';
import { presentCases, presentEvent } from './present.js';
import { caseStatuses, countCases, findCase, listCaseEvents, listCases, openStatuses, type CaseRow } from './store.js';
import { addNote, changeCase, closeCase, reopenCase } from './work.js';

const CaseParams = WorkspaceParams.extend({ caseId: Id });
const Text = (max: number) => z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });
const Closing = z.object({ rootCause: z.string({ error: 'is required' }).min(1, { error: 'must name a root cause' }).max(64), resolution: Text(5000) }).strict();
const listStatus = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    const wanted = value.split(',').flatMap((s) => (s === 'open' ? [...openStatuses] : [s]));
    const unknown = wanted.filter((s) => !(caseStatuses as readonly string[]).includes(s));
    if (unknown.length) context.addIssue({ code: 'custom', message: `"${unknown[0]}" is not a status; use open or ${caseStatuses.join(', ')}` });
    return wanted;
  });

type Context = Pick<RouteContext<unknown, unknown, unknown>, 'principal' | 'access'>;

/** Cases: the queues, one case with its timeline, the work on it, bulk changes and the closed-loop figures. */
export function caseRoutes(services: PlatformServices) {
  const { db, config, jobs, mailJob, events } = services;
  const read = { kind: 'workspace', permission: 'cases.read' } as const;
  const work = { kind: 'workspace', permission: 'cases.work' } as const;

  /** The case if the caller may see it; 404 otherwise, as if it did not exist. */
  const visible = async (database: Db, viewer: CaseViewer, workspaceId: string, caseId: string, options: { forUpdate?: boolean } = {}) => {
    const row = await findCase(database, workspaceId, caseId, options);
    if (!row || !canSee(viewer, row)) throw notFound('case.notFound');
    return row;
  };
  /** Runs a change to one case in a transaction, sends its mail and events, and answers with the case as it now stands. */
  const changing = async <T>(context: Context & { params: { workspaceId: string; caseId: string } }, change: (tx: Db, row: CaseRow, viewer: CaseViewer) => Promise<{ result: T; mailIds?: string[] }>) => {
    const viewer = await caseViewerOf(db, context);
    const { result, mailIds } = await db.transaction(async (tx: Db) => {
      const row = await visible(tx, viewer, context.params.workspaceId, context.params.caseId, { forUpdate: true });
      if (!canWork(viewer, context.access!.permissions, row)) throw new AppError('forbidden', 'case.seeNotWork');
      return change(tx, row, viewer);
    });
    await sendQueuedMail(jobs, mailJob, context.params.workspaceId, mailIds ?? []);
    await events.dispatchSoon();
    return { result, case: await detail(context.params.workspaceId, context.params.caseId, viewer, context.access!.permissions) };
  };
  const detail = async (workspaceId: string, caseId: string, viewer: CaseViewer, permissions: readonly string[]) => {
    const row = await visible(db, viewer, workspaceId, caseId);
    const [shown] = await presentCases(db, workspaceId, [row]);
    return { ...shown!, timeline: (await listCaseEvents(db, workspaceId, caseId)).map(presentEvent), mayWork: canWork(viewer, permissions, row) };
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/cases',
      summary: 'Cases: mine, my teams\' queue or all, with filters; newest first, with open counts per view',
      tags: ['cases'],
      access: read,
      params: WorkspaceParams,
      query: z
        .object({
          view: z.enum(['mine', 'team', 'all'], { error: 'must be mine, team or all' }).default('all'),
          status: listStatus,
          priority: z.string().optional().transform((v) => v?.split(',')).pipe(z.array(CasePriority).optional()),
          teamId: Id.optional(),
          owner: z.union([z.enum(['me', 'none']), Id], { error: 'must be me, none or a member id' }).optional(),
          breached: z.enum(['true', 'false']).optional(),
          q: z.string().trim().max(200).optional(),
          before: Id.optional(),
          limit: z.coerce.number().int().min(1, { error: 'must be at least 1' }).max(200, { error: 'must be at most 200' }).default(50),
        })
        .strict(),
      handler: async (context) => {
        const { params, query } = context;
        const viewer = await caseViewerOf(db, context);
        const me = viewer.userId;
        const visibleTo = viewer.restrictedTo ?? undefined;
        const now = new Date();
        const base = { ...(visibleTo ? { visibleTo } : {}) };
        const view = query.view === 'mine' ? { ownerUserId: me ?? '00000000-0000-0000-0000-000000000000' } : query.view === 'team' ? { teamIds: viewer.teamIds.length ? viewer.teamIds : ['00000000-0000-0000-0000-000000000000'] } : {};
        const owner = query.owner === 'me' ? (me ?? undefined) : query.owner === 'none' ? null : query.owner;
        const rows = await listCases(
          db,
          params.workspaceId,
          {
            ...base,
            ...view,
            ...(query.status ? { statuses: query.status } : {}),
            ...(query.priority ? { priorities: query.priority } : {}),
            ...(query.teamId ? { teamIds: [query.teamId] } : {}),
            ...(owner !== undefined ? { ownerUserId: owner } : {}),
            ...(query.breached === 'true' ? { isBreached: true } : {}),
            ...(query.q ? { search: query.q } : {}),
            ...(query.before ? { beforeId: query.before } : {}),
            limit: query.limit,
          },
          now,
        );
        const counts = await countOpenCases(db, params.workspaceId, viewer, now);
        return { items: await presentCases(db, params.workspaceId, rows, now), next: rows.length === query.limit ? rows.at(-1)!.id : null, counts };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases',
      summary: 'Open a case by hand (a call, a complaint by mail), optionally for a contact and a response',
      tags: ['cases'],
      access: work,
      params: WorkspaceParams,
      body: z
        .object({
          title: Text(300),
          priority: CasePriority.default('normal'),
          contactId: Id.optional(),
          responseId: Id.optional(),
          teamId: Id.optional(),
          ownerUserId: Id.optional(),
          slaHours: z.number().min(0.25).max(24 * 90).optional(),
          language: z.string().max(35).optional(),
        })
        .strict(),
      status: 201,
      handler: async (context) => {
        const { params, body } = context;
        const viewer = await caseViewerOf(db, context);
        const settings = await findRespondSettings(db, params.workspaceId);
        const contact = body.contactId ? await findContact(db, params.workspaceId, body.contactId) : null;
        if (body.contactId && !contact) throw invalidInput([{ path: 'body.contactId', key: 'field.notContactOfWorkspace' }]);
        const response = body.responseId ? await findResponse(db, params.workspaceId, body.responseId) : null;
        if (body.responseId && !response) throw invalidInput([{ path: 'body.responseId', key: 'field.notResponseOfWorkspace' }]);
        const { row, mailIds } = await db.transaction(async (tx: Db) => {
          const opened = await openCase(tx, config, {
            workspaceId: params.workspaceId,
            title: body.title,
            priority: body.priority,
            slaHours: body.slaHours ?? settings.defaultSlaHours,
            assign: body.ownerUserId ? { kind: 'user', userId: body.ownerUserId } : body.teamId ? { kind: 'team', teamId: body.teamId, roundRobin: false } : viewer.userId ? { kind: 'user', userId: viewer.userId } : { kind: 'none' },
            contactId: contact?.id ?? response?.contactId ?? null,
            surveyId: response?.surveyId ?? null,
            responseIds: response ? [response.id] : [],
            ruleId: null,
            language: body.language ?? response?.language ?? contact?.language ?? null,
            context: response ? { channel: response.channel, hidden: response.hidden } : {},
            accountOwnerAttribute: settings.accountOwnerAttribute,
            actor: viewer.actor,
          });
          if (body.ownerUserId && body.teamId) return { row: (await changeCase(tx, config, opened.row, { teamId: body.teamId }, viewer.actor)).row, mailIds: opened.mailIds };
          return opened;
        });
        await sendQueuedMail(jobs, mailJob, params.workspaceId, mailIds);
        await events.dispatchSoon();
        return detail(params.workspaceId, row.id, viewer, context.access!.permissions);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/cases/figures',
      summary: 'Closed-loop figures for cases opened in a period: first response, time to close, SLA met, recovery, root causes, per team',
      tags: ['cases'],
      access: read,
      params: WorkspaceParams,
      query: z.object({ from: z.iso.datetime({ offset: true, error: 'must be a date and time' }).optional(), to: z.iso.datetime({ offset: true, error: 'must be a date and time' }).optional() }).strict(),
      handler: async ({ params, query }) => {
        const to = query.to ? new Date(query.to) : new Date();
        const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * 86_400_000);
        if (from.getTime() >= to.getTime()) throw invalidInput([{ path: 'query.from', key: 'field.fromBeforeTo' }]);
        return closedLoopFigures(db, params.workspaceId, await findRespondSettings(db, params.workspaceId), { from, to });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId',
      summary: 'One case with its timeline, oldest first',
      tags: ['cases'],
      access: read,
      params: CaseParams,
      handler: async (context) => detail(context.params.workspaceId, context.params.caseId, await caseViewerOf(db, context), context.access!.permissions),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId',
      summary: 'Change a case: status (not closed: use close), priority, team, owner, title',
      tags: ['cases'],
      access: work,
      params: CaseParams,
      body: z
        .object({
          status: z.enum(['new', 'in_progress', 'waiting_for_customer', 'resolved'], { error: 'must be new, in_progress, waiting_for_customer or resolved (close a case with POST …/close)' }).optional(),
          priority: CasePriority.optional(),
          teamId: Id.nullable().optional(),
          ownerUserId: Id.nullable().optional(),
          title: Text(300).optional(),
        })
        .strict(),
      handler: async (context) => {
        const changed = await changing(context, async (tx, row, viewer) => {
          const { mailIds } = await changeCase(tx, config, row, stripUndefined(context.body), viewer.actor);
          return { result: null, mailIds };
        });
        return changed.case;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId/notes',
      summary: 'Add a note to the timeline (for the team, not the customer)',
      tags: ['cases'],
      access: work,
      params: CaseParams,
      body: z.object({ text: Text(10_000) }).strict(),
      status: 201,
      handler: async (context) => {
        return (await changing(context, async (tx, row, viewer) => ({ result: await addNote(tx, row, context.body.text, viewer.actor) }))).case;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId/reply-draft',
      summary: "A reply template filled for this case, in the customer's language when the template has it",
      tags: ['cases'],
      access: work,
      params: CaseParams,
      query: z.object({ templateId: z.string().max(64).optional(), language: z.string().max(35).optional() }).strict(),
      handler: async (context) => {
        const { params, query } = context;
        const viewer = await caseViewerOf(db, context);
        const row = await visible(db, viewer, params.workspaceId, params.caseId);
        const settings = await findRespondSettings(db, params.workspaceId);
        return replyDraft(db, settings, row, { ...(query.templateId ? { templateId: query.templateId } : {}), ...(query.language ? { language: query.language } : {}), agentName: viewer.actor.label });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId/replies',
      summary: 'Mail the customer from the case; the reply is kept on the timeline',
      tags: ['cases'],
      access: work,
      params: CaseParams,
      body: z.object({ subject: Text(250), body: Text(20_000), language: z.string().max(35).optional() }).strict(),
      status: 201,
      handler: async (context) => {
        const sent = await changing(context, async (tx, row, viewer) => {
          const reply = await sendReply(tx, config, row, context.body, viewer.actor);
          return { result: reply.mailId, mailIds: [reply.mailId] };
        });
        return { mailId: sent.result, case: sent.case };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId/actions',
      summary: 'Take an empowered action (goodwill credit, replacement, call back) within your role\'s limits; sent as case.action_taken',
      tags: ['cases'],
      access: work,
      params: CaseParams,
      body: z.object({ actionId: z.string({ error: 'is required' }).min(1).max(64), amount: z.number({ error: 'must be a number' }).positive({ error: 'must be more than 0' }).optional(), note: z.string().max(2000).optional() }).strict(),
      status: 201,
      handler: async (context) => {
        const settings = await findRespondSettings(db, context.params.workspaceId);
        const taken = await changing(context, async (tx, row, viewer) => ({ result: (await takeAction(tx, settings, row, context.body, roleForLimits(viewer), viewer.actor)).action }));
        return { action: taken.result, case: taken.case };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId/close',
      summary: 'Close a case with a root cause and a resolution; optionally send the recovery survey',
      tags: ['cases'],
      access: work,
      params: CaseParams,
      body: Closing.extend({ sendRecoverySurvey: z.boolean().default(false) }).strict(),
      handler: async (context) => {
        const settings = await findRespondSettings(db, context.params.workspaceId);
        const closed = await changing(context, async (tx, row, viewer) => {
          const closedRow = await closeCase(tx, row, context.body, viewer.actor);
          const mailIds = context.body.sendRecoverySurvey ? [await sendRecoverySurvey(tx, config, services.linkSigningKey, settings, closedRow, viewer.actor)] : [];
          return { result: null, mailIds };
        });
        return closed.case;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases/:caseId/reopen',
      summary: 'Reopen a resolved or closed case, with the reason',
      tags: ['cases'],
      access: work,
      params: CaseParams,
      body: z.object({ reason: Text(2000) }).strict(),
      handler: async (context) => {
        return (await changing(context, async (tx, row, viewer) => ({ result: await reopenCase(tx, row, context.body.reason, viewer.actor) }))).case;
      },
    }),
    ...bulkRoutes(services),
  ];
}

const stripUndefined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };

/** Open cases per view, for the queue's tabs: mine, my teams', unassigned, past due. */
const countOpenCases = (db: Db, workspaceId: string, viewer: CaseViewer, now: Date) => countCases(db, workspaceId, { userId: viewer.userId, teamIds: viewer.teamIds, visibleTo: viewer.restrictedTo }, now);

/** Bulk assign or close, for leads clearing a queue: each case is changed on its own; problems are listed per case. */
function bulkRoutes({ db, config, jobs, mailJob, events }: PlatformServices) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/cases/bulk',
      summary: 'Assign or close many cases at once; each case that cannot be changed is listed with the reason',
      tags: ['cases'],
      access: { kind: 'workspace', permission: 'cases.manage' },
      params: WorkspaceParams,
      body: z
        .object({
          caseIds: z.array(Id).min(1, { error: 'must name at least one case' }).max(500),
          assign: z.object({ teamId: Id.nullable().optional(), ownerUserId: Id.nullable().optional() }).strict().optional(),
          close: Closing.optional(),
        })
        .strict()
        .refine((b) => b.assign || b.close, { error: 'needs assign or close (or both)' }),
      handler: async (context) => {
        const { params, body } = context;
        const viewer = await caseViewerOf(db, context);
        let updated = 0;
        const problems: { caseId: string; problem: string }[] = [];
        for (const caseId of new Set(body.caseIds)) {
          try {
            const mailIds = await db.transaction(async (tx: Db) => {
              const row = await findCase(tx, params.workspaceId, caseId, { forUpdate: true });
              if (!row) throw notFound('case.notFound');
              let current = row;
              const mail: string[] = [];
              if (body.assign) {
                const changed = await changeCase(tx, config, current, stripUndefined(body.assign), viewer.actor);
                current = changed.row;
                mail.push(...changed.mailIds);
              }
              if (body.close) await closeCase(tx, current, body.close, viewer.actor);
              return mail;
            });
            await sendQueuedMail(jobs, mailJob, params.workspaceId, mailIds);
            updated++;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            const said = renderProblem(readerLocale(context.request), error.messageKey, error.params, error.options.errors ?? []);
            problems.push({ caseId, problem: said.errors.map((e) => `${e.path} ${e.problem}`).join('; ') || said.detail });
          }
        }
        await events.dispatchSoon();
        return { updated, problems };
      },
    }),
  ];
}
