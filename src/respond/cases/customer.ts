import { findContact } from '../../collect/contacts/store.js';
import { issuePersonalLink } from '../../collect/surveys/personal-links.js';
import { findSurvey } from '../../collect/surveys/store.js';
import { customerFacingTitle } from '../../collect/surveys/surveys.js';
import type { Role } from '../../platform/auth/permissions.js';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import { recordEvent } from '../../platform/events/events.js';
import { queueMail } from '../../platform/mail/mail.js';
import { findMember } from '../../platform/workspaces/store.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import { fillPlaceholders, type RespondSettings } from '../../engine/respond/settings.js';
import type { CaseActor } from './open-case.js';
import { caseEventData } from './open-case.js';
import { customerLocale, recoveryMail, replySubject } from './customer-mail.js';
import { addCaseEvent, type CaseRow } from './store.js';
import { markWorkedFor } from './work.js';

/** What happens between a case and its customer: replies by mail, empowered actions, the recovery survey. */

async function customerOf(db: Db, row: CaseRow) {
  const contact = row.contactId ? await findContact(db, row.workspaceId, row.contactId) : null;
  return contact;
}

/**
 * A reply template filled for this case, in the language asked for, else the case's (the language
 * the customer answered in), else the contact's, else the template's first.
 */
export async function replyDraft(db: Db, settings: RespondSettings, row: CaseRow, options: { templateId?: string; language?: string; agentName: string }) {
  const contact = await customerOf(db, row);
  const template = options.templateId ? settings.replyTemplates.find((t) => t.id === options.templateId) : settings.replyTemplates[0];
  if (options.templateId && !template) throw invalidInput([settings.replyTemplates.length ? { path: 'query.templateId', key: 'field.notReplyTemplate', params: { templates: settings.replyTemplates.map((t) => t.id).join(', ') } } : { path: 'query.templateId', key: 'field.notReplyTemplateNone' }]);
  const languages = template ? Object.keys(template.body) : [];
  const wanted = [options.language, row.language, contact?.language].filter((l): l is string => !!l);
  const language = wanted.map((l) => languages.find((has) => has === l || has === l.split('-')[0])).find(Boolean) ?? languages[0] ?? options.language ?? row.language ?? 'en';
  const workspace = await findWorkspace(db, row.workspaceId);
  const survey = row.surveyId ? await findSurvey(db, row.workspaceId, row.surveyId) : null;
  const values = {
    'contact.name': contact?.name ?? '',
    'contact.email': contact?.email ?? '',
    'case.number': String(row.number),
    'case.title': row.title,
    'agent.name': options.agentName,
    'workspace.name': workspace?.name ?? '',
    // The customer knows the survey by the title they answered under, not by the team's name for it.
    'survey.name': survey ? await customerFacingTitle(db, row.workspaceId, survey, language) : '',
  };
  return {
    to: contact?.email ?? null,
    language,
    templateId: template?.id ?? null,
    subject: template ? fillPlaceholders(template.subject[language] ?? Object.values(template.subject)[0] ?? '', values).replace(/,\s*$/, '') : replySubject(customerLocale([language, row.language, contact?.language]), row.number),
    body: template ? fillPlaceholders(template.body[language] ?? Object.values(template.body)[0] ?? '', values) : '',
  };
}

/** Mails the customer from the case; the reply is kept on the timeline and counts as the first response. */
export async function sendReply(db: Db, config: Pick<Config, 'mail'>, row: CaseRow, reply: { subject: string; body: string; language?: string | undefined }, actor: CaseActor, now = new Date()) {
  if (row.status === 'closed') throw new AppError('conflict', 'case.closedReopenFirst', { params: { number: row.number } });
  const contact = await customerOf(db, row);
  if (!contact?.email) throw invalidInput([{ path: 'body', key: 'field.caseNoCustomerEmailToReply' }]);
  const agent = actor.userId ? await findMember(db, row.workspaceId, actor.userId) : null;
  const mailId = await queueMail(
    db,
    { workspaceId: row.workspaceId, purpose: 'case.reply', to: contact.email, subject: reply.subject, text: reply.body, ...(agent ? { replyTo: agent.email } : {}), headers: { 'X-Kuulo-Case': String(row.number) } },
    config,
  );
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'reply', actorUserId: actor.userId, actorLabel: actor.label, data: { to: contact.email, subject: reply.subject, body: reply.body, language: reply.language ?? row.language, mailId }, at: now });
  const updated = await markWorkedFor(db, row, now, 'reply');
  return { row: updated, mailId };
}

/**
 * Takes an action the workspace empowers the frontline to take, within the caller's role limits:
 * recorded on the case and sent to webhooks as `case.action_taken`, so the business system does it.
 */
export async function takeAction(db: Db, settings: RespondSettings, row: CaseRow, input: { actionId: string; amount?: number | undefined; note?: string | undefined }, role: Role, actor: CaseActor, now = new Date()) {
  if (row.status === 'closed') throw new AppError('conflict', 'case.closedReopenFirst', { params: { number: row.number } });
  const action = settings.actions.find((a) => a.id === input.actionId);
  if (!action) throw invalidInput([settings.actions.length ? { path: 'body.actionId', key: 'field.notAction', params: { actions: settings.actions.map((a) => a.id).join(', ') } } : { path: 'body.actionId', key: 'field.notActionNone' }]);
  if (!action.allowedRoles.includes(role)) throw new AppError('forbidden', 'case.actionNotForRole', { params: { role, action: action.label, roles: action.allowedRoles.join(', ') } });
  if (action.unit === null && input.amount !== undefined) throw invalidInput([{ path: 'body.amount', key: 'field.actionHasNoAmount', params: { action: action.label } }]);
  if (action.unit !== null) {
    if (input.amount === undefined) throw invalidInput([{ path: 'body.amount', key: 'field.actionAmountRequired', params: { action: action.label, unit: action.unit } }]);
    const limit = action.maxAmountByRole[role];
    if (limit !== undefined && input.amount > limit) throw invalidInput([{ path: 'body.amount', key: 'field.actionOverLimit', params: { limit, unit: action.unit, action: action.label } }]);
  }
  const taken = { id: action.id, label: action.label, amount: input.amount ?? null, unit: action.unit, note: input.note ?? '', takenBy: { userId: actor.userId, name: actor.label, role } };
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'action', actorUserId: actor.userId, actorLabel: actor.label, data: taken, at: now });
  const updated = await markWorkedFor(db, row, now, 'action');
  await recordEvent(db, { workspaceId: row.workspaceId, type: 'case.action_taken', data: { ...caseEventData(updated), action: taken } });
  return { row: updated, action: taken };
}

/** Mails the customer a single-use personal link to the workspace's recovery survey, valid 30 days. */
export async function sendRecoverySurvey(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, linkSigningKey: Buffer, settings: RespondSettings, row: CaseRow, actor: CaseActor, now = new Date()) {
  if (!settings.recoverySurveyId) throw invalidInput([{ path: 'body.sendRecoverySurvey', key: 'field.noRecoverySurvey' }]);
  const survey = await findSurvey(db, row.workspaceId, settings.recoverySurveyId);
  if (!survey || survey.latestVersion === null) throw invalidInput([{ path: 'body.sendRecoverySurvey', key: 'field.recoverySurveyNotPublished' }]);
  const contact = await customerOf(db, row);
  if (!contact?.email) throw invalidInput([{ path: 'body.sendRecoverySurvey', key: 'field.caseNoCustomerEmail' }]);
  if (contact.unsubscribedAt) throw invalidInput([{ path: 'body.sendRecoverySurvey', key: 'field.customerUnsubscribed' }]);
  const token = issuePersonalLink(linkSigningKey, { workspaceId: row.workspaceId, surveyId: survey.id, contactId: contact.id, hidden: { case: String(row.number) }, expiresAt: new Date(now.getTime() + 30 * 86_400_000), isSingleUse: true, channel: 'email' });
  const url = `${config.publicUrl}/s/${survey.slug}?t=${token}`;
  const workspace = await findWorkspace(db, row.workspaceId);
  const mail = recoveryMail(customerLocale([row.language, contact.language, workspace?.defaultLocale]), { name: contact.name, number: row.number, url });
  const mailId = await queueMail(db, { workspaceId: row.workspaceId, purpose: 'case.recovery_survey', to: contact.email, ...mail }, config);
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'recovery_survey', actorUserId: actor.userId, actorLabel: actor.label, data: { surveyId: survey.id, to: contact.email, mailId }, at: now });
  return mailId;
}
