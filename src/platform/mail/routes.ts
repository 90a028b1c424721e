import { z } from 'zod';
import { notFound } from '../errors/app-error.js';
import { defineRoute } from '../http/route.js';
import { Id, WorkspaceParams } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import { MailMessage, MailPage, mailStatuses, TestMailQueued, type MailPurpose, type MailStatus, type MailSummary } from '../../engine/mail.js';
import { findMail, listMail, queueMail, sendQueuedMail, type MailRow } from './mail.js';

/**
 * Mails whose link signs someone into their own account (a password reset). With SMTP they reach
 * only their recipient: the admin app shows that they went, not their link, so no workspace admin
 * can take over a colleague's account. Without SMTP the outbox is the only way such a mail leaves.
 */
const personalPurposes: ReadonlySet<MailPurpose> = new Set(['user.password_reset']);

const summaryOf = (row: MailRow): MailSummary => ({
  id: row.id,
  purpose: row.purpose as MailPurpose,
  to: row.toAddress,
  from: row.fromAddress,
  subject: row.subject,
  status: row.status as MailStatus,
  attempts: row.attempts,
  lastError: row.lastError,
  sentAt: row.sentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** The workspace's mail log (the outbox, without SMTP) and a test message to check the set-up. */
export function mailRoutes({ db, jobs, config, mailJob }: PlatformServices) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/mail',
      summary: 'Mail sent or kept for sending, newest first; without SMTP_URL this is the outbox',
      tags: ['mail'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      query: z
        .object({
          status: z.enum(mailStatuses).optional(),
          before: Id.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        })
        .strict(),
      response: MailPage,
      handler: async ({ params, query }): Promise<MailPage> => {
        const rows = await listMail(db, params.workspaceId, { ...(query.status ? { status: query.status } : {}), ...(query.before ? { beforeId: query.before } : {}), limit: query.limit });
        return { items: rows.map(summaryOf), next: rows.length === query.limit ? rows.at(-1)!.id : null, transport: config.mail.smtpUrl ? ('smtp' as const) : ('outbox' as const) };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/mail/:messageId',
      summary: 'One message with its text, HTML and headers',
      tags: ['mail'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams.extend({ messageId: Id }),
      response: MailMessage,
      handler: async ({ params }): Promise<MailMessage> => {
        const found = await findMail(db, params.workspaceId, params.messageId);
        if (!found) throw notFound('mail.notFound');
        const isWithheld = config.mail.smtpUrl !== null && personalPurposes.has(found.purpose as MailPurpose);
        return {
          ...summaryOf(found),
          replyTo: found.replyTo,
          text: isWithheld ? '' : found.textBody,
          html: isWithheld ? null : found.htmlBody,
          headers: found.headers as Record<string, string>,
          isWithheld,
        };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/mail/test',
      summary: 'Send a test message, to check the mail set-up',
      tags: ['mail'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      body: z.object({ to: z.email({ error: 'must be an email address' }).max(320) }).strict(),
      status: 202,
      response: TestMailQueued,
      handler: async ({ params, body }): Promise<TestMailQueued> => {
        const id = await queueMail(db, { workspaceId: params.workspaceId, purpose: 'test', to: body.to, subject: 'Kuulo test message', text: 'This is a test message from Kuulo. If you can read it, mail works.' }, config);
        await sendQueuedMail(jobs, mailJob, params.workspaceId, [id]);
        return { id };
      },
    }),
  ];
}
