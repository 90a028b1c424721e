import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DistributionInput, stageOf, type InvitationStatus } from '../../engine/invitations/distributions.js';
import type { InvitationCounts, InvitationView } from '../../engine/invitations/report.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError, fieldProblemsFrom, invalidInput, notFound, type FieldProblem } from '../../platform/errors/app-error.js';
import { ContactFields, withoutNulls } from '../contacts/contacts.js';
import { upsertContact, type ContactRow } from '../contacts/store.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import * as surveyStore from '../surveys/store.js';
import { materializeAudience } from './audience.js';
import { loadTemplate } from './compose.js';
import * as store from './store.js';

/** Distributions as the API sees them: checked input, the views it answers with, and what sending does. */

export async function distributionView(db: Db, row: store.DistributionRow) {
  const [view] = await distributionViews(db, row.workspaceId, [row]);
  return view!;
}

/** Views of many distributions with two queries: their surveys' names and their invitations' counts. */
export async function distributionViews(db: Db, workspaceId: string, rows: store.DistributionRow[]) {
  const counts = await store.countInvitations(db, workspaceId, rows.map((row) => row.id));
  const names = await store.surveyNames(db, workspaceId, [...new Set(rows.map((row) => row.surveyId))]);
  return rows.map((row) => viewOf(row, names.get(row.surveyId) ?? null, counts.get(row.id) ?? store.emptyCounts()));
}

const viewOf = (row: store.DistributionRow, surveyName: string | null, counts: InvitationCounts) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    surveyId: row.surveyId,
    surveyName,
    settings: row.settings as DistributionInput,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    startedAt: row.startedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts,
});

export function invitationView(row: store.InvitationRow & { isInOutbox: boolean }, contact?: Pick<ContactRow, 'id' | 'name' | 'email'> | null): InvitationView {
  return {
    id: row.id,
    contact: contact ? { id: contact.id, name: contact.name, email: contact.email } : row.contactId ? { id: row.contactId, name: null, email: row.email } : null,
    email: row.email,
    language: row.language,
    status: row.status as InvitationStatus,
    stage: stageOf(row),
    isInOutbox: row.isInOutbox,
    skipReason: row.skipReason,
    context: row.context as Record<string, string>,
    dueAt: row.dueAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    openedAt: row.openedAt?.toISOString() ?? null,
    isOpenUnreliable: row.isOpenUnreliable,
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    remindersSent: row.remindersSent,
    nextReminderAt: row.nextReminderAt?.toISOString() ?? null,
    lastError: row.lastError,
    responseId: row.responseId,
  };
}

/** Checks what the input names: a published survey of the workspace, templates that exist and are of the right kind. */
export async function checkDistributionInput(db: Db, workspaceId: string, input: DistributionInput) {
  const survey = await surveyStore.findSurvey(db, workspaceId, input.surveyId);
  if (!survey) throw invalidInput([{ path: 'body.surveyId', key: 'field.notSurveyOfWorkspace' }]);
  if (survey.latestVersion === null) throw invalidInput([{ path: 'body.surveyId', key: 'field.surveyNotPublished' }]);
  for (const [field, kind] of [['invitationTemplateId', 'invitation'], ['reminderTemplateId', 'reminder']] as const) {
    const id = input[field];
    if (id === null) continue;
    const template = await loadTemplate(db, workspaceId, id, kind);
    if (!template) throw invalidInput([{ path: `body.${field}`, key: 'field.notTemplateOfWorkspace' }]);
    if (template.kind !== kind) throw invalidInput([{ path: `body.${field}`, key: template.kind === 'invitation' ? 'field.templateIsInvitation' : 'field.templateIsReminder' }]);
  }
  if (input.embedFirstQuestion) {
    const version = await surveyStore.findSurveyVersion(db, workspaceId, survey.id, survey.latestVersion);
    const first = SurveyDefinition.parse(version!.definition).pages[0]?.questions[0];
    if (!first || !['nps', 'csat', 'single_choice'].includes(first.type)) {
      throw invalidInput([{ path: 'body.embedFirstQuestion', key: 'field.embedNeedsScoreQuestion' }]);
    }
  }
  return survey;
}

export async function loadDistribution(db: Db, workspaceId: string, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await store.findDistribution(db, workspaceId, id, options);
  if (!row) throw notFound('distribution.notFound');
  return row;
}

/** Sends now or at a time: the audience becomes invitations, due then. */
export async function sendDistribution(db: Db, workspaceId: string, id: string, at: Date | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await loadDistribution(tx, workspaceId, id, { forUpdate: true });
    if (row.kind !== 'once') throw new AppError('conflict', 'distribution.triggerResumeInstead');
    if (row.status !== 'draft') throw new AppError('conflict', 'distribution.onlyDraftSends', { params: { status: row.status } });
    const settings = DistributionInput.parse(row.settings);
    await checkDistributionInput(tx, workspaceId, settings);
    const isLater = at !== null && at.getTime() > now.getTime();
    const dueAt = isLater ? at : now;
    const queued = await materializeAudience(tx, row, settings.kind === 'once' ? settings.audience : null, dueAt);
    if (queued === 0) throw new AppError('conflict', 'distribution.noAudience');
    return store.updateDistribution(tx, workspaceId, id, { status: isLater ? 'scheduled' : 'sending', scheduledAt: dueAt, startedAt: isLater ? null : now });
  });
}

export async function cancelDistribution(db: Db, workspaceId: string, id: string) {
  return db.transaction(async (tx) => {
    const row = await loadDistribution(tx, workspaceId, id, { forUpdate: true });
    if (!['scheduled', 'sending', 'draft'].includes(row.status)) throw new AppError('conflict', 'distribution.nothingToCancel', { params: { status: row.status } });
    await tx.execute(
      sql`update invitations set status = 'cancelled', skip_reason = 'the distribution was cancelled' where workspace_id = ${workspaceId}::uuid and distribution_id = ${id}::uuid and status in ('draft', 'queued')`,
    );
    return store.updateDistribution(tx, workspaceId, id, { status: 'cancelled' });
  });
}

/**
 * Adds recipients by hand (the API's "one contact", a picked list): each is found or created as a
 * contact, then waits with the draft, or goes at once if the distribution is already sending.
 */
export async function addRecipients(db: Db, workspaceId: string, id: string, people: unknown[], now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await loadDistribution(tx, workspaceId, id, { forUpdate: true });
    if (row.kind !== 'once') throw new AppError('conflict', 'distribution.triggerSendEvent');
    if (!['draft', 'scheduled', 'sending', 'sent'].includes(row.status)) throw new AppError('conflict', 'distribution.recipientsNotAddable', { params: { status: row.status } });
    const status = row.status === 'draft' ? 'draft' : 'queued';
    const dueAt = row.status === 'scheduled' && row.scheduledAt ? row.scheduledAt : now;
    const problems: FieldProblem[] = [];
    const contactsToAdd: ContactRow[] = [];
    for (const [index, person] of people.entries()) {
      const parsed = ContactFields.safeParse(person);
      if (!parsed.success) {
        problems.push(...fieldProblemsFrom(parsed.error.issues, `body.contacts.${index}`, person));
        continue;
      }
      if (!parsed.data.externalId && !parsed.data.email) {
        problems.push({ path: `body.contacts.${index}`, key: 'field.needsIdOrEmail' });
        continue;
      }
      contactsToAdd.push((await upsertContact(tx, workspaceId, withoutNulls(parsed.data))).row);
    }
    if (problems.length) throw invalidInput(problems);
    const added = await store.insertInvitations(tx, contactsToAdd.map((contact) => recipientRow(row, contact, status, dueAt)));
    const addedIds = new Set(added.map((invitation) => invitation.contactId));
    if (row.status === 'sent' && added.length) await store.updateDistribution(tx, workspaceId, id, { status: 'sending' });
    return { added: added.length, alreadyRecipients: contactsToAdd.filter((contact) => !addedIds.has(contact.id)).map((contact) => contact.id), isSendingNow: status === 'queued' && dueAt <= now && added.length > 0 };
  });
}

export function recipientRow(distribution: Pick<store.DistributionRow, 'workspaceId' | 'id' | 'surveyId'>, contact: ContactRow, status: string, dueAt: Date, context: Record<string, string> = {}, dedupeKey = contact.id): store.NewInvitation {
  return {
    workspaceId: distribution.workspaceId,
    id: newId(),
    distributionId: distribution.id,
    surveyId: distribution.surveyId,
    contactId: contact.id,
    email: contact.email,
    language: contact.language,
    dedupeKey,
    status: contact.email ? status : 'skipped',
    skipReason: contact.email ? null : 'no email address',
    context,
    dueAt,
  };
}

/** The idempotency key of an event without one: the same event about the same contact and context is the same event. */
export const eventKeyOf = (event: string, contactId: string, context: Record<string, unknown>) =>
  `auto:${createHash('sha256').update(JSON.stringify([event, contactId, Object.entries(context).sort(([a], [b]) => a.localeCompare(b))])).digest('hex').slice(0, 32)}`;

