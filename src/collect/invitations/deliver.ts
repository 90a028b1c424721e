import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { arrayLiteral } from '../../platform/db/array-literal.js';
import { newId } from '../../platform/db/ids.js';
import { mailMessages } from '../../platform/db/schema.js';
import { classifySmtpFailure, messageIdOf, type MailTransport } from '../../platform/mail/mail.js';
import { contacts, invitations } from '../schema.js';
import type { Claimed } from './claim.js';
import { composeInvitation, loadSurveyMailContext, loadTemplate, type ComposedMail, type SurveyMailContext } from './compose.js';
import type { EmailTemplate } from '../../engine/invitations/templates.js';
import type { MailPurpose } from '../../engine/mail.js';

/**
 * Sends claimed invitations and reminders: over SMTP through a pool of connections at the
 * configured rate, or into the outbox without SMTP. Each one is marked the moment the mail server
 * answers: sent, bounced (a permanent refusal marks the address invalid), or back in the queue
 * with backoff after a temporary one.
 */

export const maxInvitationAttempts = 6;

/** Spaces sends to at most `perSecond` (0: no limit), shared by every batch of this server. */
export function createRateLimiter(perSecond: number) {
  let nextSlot = 0;
  return async () => {
    if (perSecond <= 0) return;
    const now = Date.now();
    const wait = nextSlot - now;
    nextSlot = Math.max(now, nextSlot) + 1000 / perSecond;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

export interface DeliveryOutcome {
  sent: number;
  failed: number;
  bounced: number;
  retried: number;
}

export async function deliver(db: Db, options: { config: Config; linkSigningKey: Buffer; transport: MailTransport | null; throttle: () => Promise<void>; now: () => Date }, batch: Claimed[]): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: 0, failed: 0, bounced: 0, retried: 0 };
  if (batch.length === 0) return outcome;
  const mails = await composeAll(db, options, batch);
  if (!options.transport) {
    await intoOutbox(db, options.config, mails);
    outcome.sent = mails.length;
    return outcome;
  }
  const transport = options.transport;
  const marks = sentMarks(db);
  let next = 0;
  const worker = async () => {
    while (next < mails.length) {
      const item = mails[next++]!;
      await options.throttle();
      try {
        await transport.sendMail({
          messageId: messageIdOf(item.claimed.kind === 'reminder' ? `${item.claimed.invitation.id}.r${item.claimed.invitation.remindersSent}` : item.claimed.invitation.id, options.config),
          from: fromOf(options.config, item.claimed.settings.senderName),
          to: item.claimed.contact.email,
          subject: item.mail.subject,
          text: item.mail.text,
          html: item.mail.html,
          headers: item.mail.headers,
        });
        await marks.add(item, options.now());
        outcome.sent++;
      } catch (error) {
        const failure = classifySmtpFailure(error);
        const result = await markFailed(db, item.claimed, failure, options.now());
        outcome[result]++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(4, mails.length) }, worker));
  } finally {
    await marks.flush();
  }
  return outcome;
}

/**
 * Sent marks, written a few at a time in one statement rather than one UPDATE per mail. Until its
 * mark is written an invitation stays `sending`, which is never sent again: a server stopped in
 * between leaves it failed (see `failInterrupted`), not sent twice.
 */
const sentMarksPerStatement = 25;
function sentMarks(db: Db) {
  let pending: { claimed: Claimed; mail: ComposedMail; at: Date }[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    const items = pending;
    pending = [];
    if (items.length > 0) writing = writing.then(() => markSent(db, items));
    return writing;
  };
  return {
    add: async (item: { claimed: Claimed; mail: ComposedMail }, at: Date) => {
      pending.push({ ...item, at });
      if (pending.length >= sentMarksPerStatement) await flush();
    },
    flush,
  };
}

async function composeAll(db: Db, options: { config: Config; linkSigningKey: Buffer }, batch: Claimed[]) {
  const surveys = new Map<string, SurveyMailContext | null>();
  const templates = new Map<string, EmailTemplate | null>();
  const mails: { claimed: Claimed; mail: ComposedMail }[] = [];
  for (const claimed of batch) {
    const { invitation, settings } = claimed;
    if (!surveys.has(invitation.surveyId)) surveys.set(invitation.surveyId, await loadSurveyMailContext(db, invitation.workspaceId, invitation.surveyId));
    const templateId = claimed.kind === 'reminder' ? settings.reminderTemplateId : settings.invitationTemplateId;
    const templateKey = `${claimed.kind}:${templateId}`;
    if (!templates.has(templateKey)) templates.set(templateKey, await loadTemplate(db, invitation.workspaceId, templateId, claimed.kind));
    const survey = surveys.get(invitation.surveyId);
    // A template deleted meanwhile falls back to the built-in one rather than losing the send.
    const template = templates.get(templateKey) ?? (await loadTemplate(db, invitation.workspaceId, null, claimed.kind))!;
    if (!survey) {
      await markFailed(db, claimed, { kind: 'permanent-survey', problem: 'the survey is no longer published' }, new Date());
      continue;
    }
    const sentAt = invitation.sentAt ?? new Date();
    const mail = composeInvitation(
      { config: options.config, linkSigningKey: options.linkSigningKey, survey, template, embedFirstQuestion: settings.embedFirstQuestion, expiresAt: new Date(sentAt.getTime() + settings.linkValidDays * 86_400_000), withOpenPixel: true },
      { invitationId: invitation.id, contactId: claimed.contact.id, email: claimed.contact.email, name: claimed.contact.name, language: claimed.contact.language, attributes: claimed.contact.attributes, context: invitation.context as Record<string, string> },
    );
    mails.push({ claimed, mail });
  }
  return mails;
}

/** The sender: the server's address, under the distribution's sender name when it has one. */
function fromOf(config: Config, senderName: string | null): string | { name: string; address: string } {
  if (!senderName) return config.mail.from;
  return { name: senderName, address: /<([^>]+)>/.exec(config.mail.from)?.[1] ?? config.mail.from };
}

const fromText = (from: ReturnType<typeof fromOf>) => (typeof from === 'string' ? from : `"${from.name.replace(/["\\]/g, '')}" <${from.address}>`);

const nextReminderAt = (claimed: Claimed, now: Date) =>
  claimed.settings.reminders.maxReminders > 0 ? new Date(now.getTime() + claimed.settings.reminders.afterDays * 86_400_000) : null;

/** Marks delivered invitations sent (with their language and first reminder) in one statement; reminders only clear their last error. */
async function markSent(db: Db, items: { claimed: Claimed; mail: ComposedMail; at: Date }[]) {
  if (items.length === 0) return;
  const workspaceId = items[0]!.claimed.invitation.workspaceId;
  const reminders = items.filter(({ claimed }) => claimed.kind === 'reminder').map(({ claimed }) => claimed.invitation.id);
  if (reminders.length > 0) await db.execute(sql`update ${invitations} set last_error = null where workspace_id = ${workspaceId}::uuid and id = any(${arrayLiteral(reminders)}::uuid[])`);
  const initial = items.filter(({ claimed }) => claimed.kind === 'invitation');
  if (initial.length === 0) return;
  // One statement for the batch: ids, times, languages and next reminders side by side.
  await db.execute(sql`
    update ${invitations} as i set status = 'sent', sent_at = v.sent_at, last_error = null, language = v.language, next_reminder_at = v.next_reminder_at
    from (select unnest(${arrayLiteral(initial.map(({ claimed }) => claimed.invitation.id))}::uuid[]) as id,
                 unnest(${arrayLiteral(initial.map(({ at }) => at.toISOString()))}::timestamptz[]) as sent_at,
                 unnest(${arrayLiteral(initial.map(({ mail }) => mail.language))}::text[]) as language,
                 unnest(${arrayLiteral(initial.map(({ claimed, at }) => nextReminderAt(claimed, at)?.toISOString() ?? null))}::timestamptz[]) as next_reminder_at) as v
    where i.workspace_id = ${workspaceId}::uuid and i.id = v.id`);
}

async function markFailed(db: Db, claimed: Claimed, failure: { kind: string; problem: string }, now: Date): Promise<'failed' | 'bounced' | 'retried'> {
  const { invitation } = claimed;
  const where = and(eq(invitations.workspaceId, invitation.workspaceId), eq(invitations.id, invitation.id));
  if (claimed.kind === 'reminder') {
    // The invitation went; a lost reminder is only noted (and a refused address marked).
    await db.update(invitations).set({ lastError: `reminder ${invitation.remindersSent}: ${failure.problem}` }).where(where);
    if (failure.kind === 'permanent') await markAddressBounced(db, invitation.workspaceId, claimed.contact.id, failure.problem);
    return failure.kind === 'permanent' ? 'bounced' : 'failed';
  }
  if (failure.kind === 'permanent') {
    await db.update(invitations).set({ status: 'bounced', bouncedAt: now, lastError: failure.problem }).where(where);
    await markAddressBounced(db, invitation.workspaceId, claimed.contact.id, failure.problem);
    return 'bounced';
  }
  if (failure.kind !== 'temporary' || invitation.attempts >= maxInvitationAttempts) {
    await db.update(invitations).set({ status: 'failed', lastError: failure.problem }).where(where);
    return 'failed';
  }
  // 1, 2, 4, 8, 16 minutes: a busy mail server gets time to recover.
  const delayMinutes = 2 ** Math.max(0, invitation.attempts - 1);
  await db.update(invitations).set({ status: 'queued', dueAt: new Date(now.getTime() + delayMinutes * 60_000), lastError: failure.problem }).where(where);
  return 'retried';
}

export async function markAddressBounced(db: Db, workspaceId: string, contactId: string, reason: string) {
  await db.update(contacts).set({ emailStatus: 'bounced', emailStatusReason: reason.slice(0, 300), updatedAt: new Date() }).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId)));
}

/** Without SMTP: every mail lands in the outbox the admin app shows; the invitation counts as sent, and its report says where it went. */
async function intoOutbox(db: Db, config: Config, mails: { claimed: Claimed; mail: ComposedMail }[]) {
  if (mails.length === 0) return;
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx.insert(mailMessages).values(
      mails.map(({ claimed, mail }) => ({
        workspaceId: claimed.invitation.workspaceId,
        // An invitation's mail keeps the invitation's id, so its report can tell the mail never left the outbox.
        id: claimed.kind === 'reminder' ? newId() : claimed.invitation.id,
        purpose: (claimed.kind === 'reminder' ? 'invitation.reminder' : 'invitation') satisfies MailPurpose,
        toAddress: claimed.contact.email,
        fromAddress: fromText(fromOf(config, claimed.settings.senderName)),
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
        headers: mail.headers,
        status: 'outbox',
      })),
    );
    await markSent(tx, mails.map((item) => ({ ...item, at: now })));
  });
}

