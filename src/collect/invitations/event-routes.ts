import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { TriggerEventInput } from '../../engine/invitations/distributions.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { invalidInput, invalidInputFrom } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Email, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { ContactFields, withoutNulls } from '../contacts/contacts.js';
import { upsertContact } from '../contacts/store.js';
import { contacts, invitations } from '../schema.js';
import * as surveyStore from '../surveys/store.js';
import { markAddressBounced } from './deliver.js';
import { eventKeyOf, recipientRow } from './distributions.js';
import { unsubscribe } from './public-routes.js';
import { wakeSender, type InvitationJobs } from './send-job.js';
import * as store from './store.js';

/** What the company's systems tell Kuulo: events that send surveys, and bounces from its mail provider. */
export function invitationEventRoutes({ db, jobs, events }: PlatformServices, sender: InvitationJobs) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/trigger-events',
      summary: 'An event (such as order.delivered) for a contact: every active trigger for it sends its survey after its delay; the same key never sends twice',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'responses.write' },
      params: WorkspaceParams,
      body: TriggerEventInput,
      status: 202,
      handler: async ({ params, body }) => {
        const contactInput = ContactFields.safeParse(body.contact);
        if (!contactInput.success) throw invalidInputFrom(contactInput.error.issues, 'body.contact', body.contact);
        if (!contactInput.data.externalId && !contactInput.data.email) throw invalidInput([{ path: 'body.contact', key: 'field.needsIdOrEmail' }]);
        const context = Object.fromEntries(Object.entries(body.context).map(([key, value]) => [key, String(value)]));
        const now = new Date();
        const result = await db.transaction(async (tx) => {
          const triggers = await store.activeTriggers(tx, params.workspaceId, body.event);
          // The context must fit every survey it goes to: a typo in a key is an error, not lost data.
          for (const trigger of triggers) {
            const survey = await surveyStore.findSurvey(tx, params.workspaceId, trigger.surveyId);
            const version = survey?.latestVersion ? await surveyStore.findSurveyVersion(tx, params.workspaceId, trigger.surveyId, survey.latestVersion) : null;
            const declared = version ? SurveyDefinition.parse(version.definition).hiddenFields.map((field) => field.key) : [];
            const unknown = Object.keys(context).filter((key) => !declared.includes(key));
            if (unknown.length) throw invalidInput(unknown.map((key) => ({ path: `body.context.${key}`, key: declared.length ? 'field.notHiddenFieldOf' : 'field.notHiddenFieldOfNone', params: { survey: survey?.name ?? trigger.surveyId, fields: declared.join(', ') } })));
          }
          const { row: contact } = await upsertContact(tx, params.workspaceId, withoutNulls(contactInput.data));
          const key = body.key ?? eventKeyOf(body.event, contact.id, context);
          const rows = triggers.map((trigger) => {
            const delayMinutes = (trigger.settings as { trigger: { delayMinutes: number } }).trigger.delayMinutes;
            return recipientRow(trigger, contact, 'queued', new Date(now.getTime() + delayMinutes * 60_000), context, `event:${key}`);
          });
          await store.insertInvitations(tx, rows);
          const all = await store.findInvitationsByKey(tx, params.workspaceId, triggers.map((trigger) => trigger.id), `event:${key}`);
          return { contactId: contact.id, invitations: all };
        });
        if (result.invitations.some((invitation) => invitation.status === 'queued' && invitation.dueAt <= new Date())) await wakeSender(jobs, sender, params.workspaceId);
        return {
          contactId: result.contactId,
          invitations: result.invitations.map((invitation) => ({ id: invitation.id, distributionId: invitation.distributionId, status: invitation.status, dueAt: invitation.dueAt.toISOString(), skipReason: invitation.skipReason })),
        };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/mail/bounces',
      summary: 'A bounce or complaint reported by the mail provider: a hard bounce marks the address invalid, a complaint unsubscribes',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'contacts.manage' },
      params: WorkspaceParams,
      body: z.object({ email: Email, type: z.enum(['hard', 'soft', 'complaint']), reason: z.string().max(500).optional() }).strict(),
      handler: async ({ params, body }) => {
        const matched = await db.select().from(contacts).where(and(eq(contacts.workspaceId, params.workspaceId), sql`lower(${contacts.email}) = lower(${body.email})`));
        const [latest] = await db
          .select()
          .from(invitations)
          .where(and(eq(invitations.workspaceId, params.workspaceId), sql`lower(${invitations.email}) = lower(${body.email})`, eq(invitations.status, 'sent')))
          .orderBy(desc(invitations.sentAt))
          .limit(1);
        const reason = body.reason ?? `${body.type} bounce reported`;
        for (const contact of matched) {
          if (body.type === 'hard') await markAddressBounced(db, params.workspaceId, contact.id, reason);
          if (body.type === 'complaint') {
            await db.update(contacts).set({ emailStatus: 'complained', emailStatusReason: reason, updatedAt: new Date() }).where(and(eq(contacts.workspaceId, params.workspaceId), eq(contacts.id, contact.id)));
            if (await unsubscribe(db, params.workspaceId, contact.id, 'complaint')) await events.dispatchSoon();
          }
        }
        if (latest && body.type === 'hard') {
          await db.update(invitations).set({ status: 'bounced', bouncedAt: new Date(), lastError: reason, nextReminderAt: null }).where(and(eq(invitations.workspaceId, params.workspaceId), eq(invitations.id, latest.id)));
        } else if (latest) {
          await db.update(invitations).set({ lastError: reason }).where(and(eq(invitations.workspaceId, params.workspaceId), eq(invitations.id, latest.id)));
        }
        return { contacts: matched.length, invitationId: latest?.id ?? null };
      },
    }),
  ];
}
