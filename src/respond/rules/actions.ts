import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { recordEvent } from '../../platform/events/events.js';
import { queueMail } from '../../platform/mail/mail.js';
import { listMembers } from '../../platform/workspaces/store.js';
import { kuuloActor, openCase } from '../cases/open-case.js';
import { addCaseEvent, addResponseToCase, findCase, findOpenCaseOf, updateCase, type CaseRow } from '../cases/store.js';
import { headlineText, type CaseHeadline } from '../../engine/respond/case-text.js';
import type { RespondSettings } from '../../engine/respond/settings.js';
import { alertMail, memberReader, reasonLines, workspaceReader, type Reader } from '../cases/case-mail.js';
import { findTeam } from '../settings/store.js';
import { casePriorities, type CasePriority, type ResponseTest, type RuleAction } from '../../engine/respond/rules.js';
import { addResponseTag, setFiringCase, type RuleRow } from './store.js';

/** What a rule fired on, as its actions need it. */
export interface Firing {
  rule: RuleRow;
  subject: string;
  /** What happened ("NPS 3 on Post-purchase from Jane Doe"), as parts each reader's language words. */
  headline: CaseHeadline;
  /** The conditions that held, in English words (webhooks, the firing's record). */
  reasons: string[];
  /** A response rule's tests that held, for people to read in their own language. */
  tests?: ResponseTest[];
  response: { id: string; surveyId: string; surveyName: string; language: string | null } | null;
  contact: { id: string; name: string | null; email: string | null; attributes: Record<string, unknown> } | null;
  context: Record<string, unknown>;
}

/**
 * Runs a rule's actions for one firing, in the caller's transaction: opens a case (or adds the
 * response to the contact's case this rule already has open), mails the people to notify, records
 * `alert.triggered` for webhooks, tags the response. Returns the mail to send once it commits.
 */
export async function runActions(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, settings: RespondSettings, actions: readonly RuleAction[], firing: Firing, now = new Date(), shared: { caseId: string | null } = { caseId: null }) {
  const { rule } = firing;
  const workspace = await workspaceReader(db, rule.workspaceId);
  const headline = headlineText(firing.headline, workspace.locale);
  const mailIds: string[] = [];
  let caseId: string | null = null;
  for (const action of actions) {
    switch (action.type) {
      case 'open_case': {
        // One response, one case: a second rule matching the same response adds to the first one's case.
        const already = shared.caseId ? await findCase(db, rule.workspaceId, shared.caseId, { forUpdate: true }) : null;
        if (already) {
          await addRuleToCase(db, already, rule, firing, action.priority, now);
          caseId = already.id;
          break;
        }
        const open = firing.contact ? await findOpenCaseOf(db, rule.workspaceId, { contactId: firing.contact.id, ruleId: rule.id }) : null;
        if (open && firing.response) {
          await addResponseToCase(db, open, firing.response.id, { headline, headlineParts: firing.headline, tests: firing.tests ?? [] }, now);
          caseId = open.id;
          break;
        }
        const opened = await openCase(
          db,
          config,
          {
            workspaceId: rule.workspaceId,
            title: headline.slice(0, 300),
            priority: action.priority,
            slaHours: action.slaHours ?? settings.defaultSlaHours,
            assign: action.assign,
            contactId: firing.contact?.id ?? null,
            contactAttributes: firing.contact?.attributes ?? {},
            surveyId: firing.response?.surveyId ?? null,
            responseIds: firing.response ? [firing.response.id] : [],
            ruleId: rule.id,
            language: firing.response?.language ?? null,
            context: { ...firing.context, headline: firing.headline, ruleName: rule.name, reasons: firing.reasons, ...(firing.tests ? { tests: firing.tests } : {}) },
            accountOwnerAttribute: settings.accountOwnerAttribute,
            actor: { ...kuuloActor, label: `Rule "${rule.name}"` },
          },
          now,
        );
        mailIds.push(...opened.mailIds);
        caseId = opened.row.id;
        break;
      }
      case 'notify':
        mailIds.push(...(await notify(db, config, action, firing, caseId, workspace)));
        break;
      case 'webhook':
        await recordEvent(db, {
          workspaceId: rule.workspaceId,
          type: 'alert.triggered',
          data: { ruleId: rule.id, ruleName: rule.name, kind: rule.kind, headline, headlineParts: firing.headline, reasons: firing.reasons, responseId: firing.response?.id ?? null, surveyId: firing.response?.surveyId ?? null, contactId: firing.contact?.id ?? null, caseId, context: firing.context },
        });
        break;
      case 'tag':
        if (firing.response) await addResponseTag(db, { workspaceId: rule.workspaceId, responseId: firing.response.id, tag: action.tag, ruleId: rule.id });
        break;
    }
  }
  if (caseId) await setFiringCase(db, rule.workspaceId, rule.id, firing.subject, caseId);
  if (caseId && !shared.caseId) shared.caseId = caseId;
  return { mailIds, caseId };
}

/** Notes on a case that another rule matched the same response, raising its priority to the higher of the two. */
async function addRuleToCase(db: Db, row: CaseRow, rule: RuleRow, firing: Firing, priority: CasePriority, now: Date): Promise<void> {
  const isHigher = casePriorities.indexOf(priority) > casePriorities.indexOf(row.priority as CasePriority);
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'rule_matched', actorUserId: null, actorLabel: `Rule "${rule.name}"`, data: { ruleId: rule.id, ruleName: rule.name, reasons: firing.reasons, ...(firing.tests ? { tests: firing.tests } : {}), ...(isHigher ? { priorityFrom: row.priority, priorityTo: priority } : {}) }, at: now });
  if (isHigher) await updateCase(db, row.workspaceId, row.id, { priority, updatedAt: now });
}

/** Mails each person a rule names (members, teams' members and leads, addresses), once each. */
async function notify(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, action: Extract<RuleAction, { type: 'notify' }>, firing: Firing, caseId: string | null, workspace: Reader): Promise<string[]> {
  const workspaceId = firing.rule.workspaceId;
  const members = await listMembers(db, workspaceId);
  const userIds = new Set(action.userIds);
  for (const teamId of action.teamIds) {
    const team = await findTeam(db, workspaceId, teamId);
    if (team?.leadUserId) userIds.add(team.leadUserId);
    for (const id of team?.memberUserIds ?? []) userIds.add(id);
  }
  // Each address once, read in its member's language, else the workspace's.
  const readers = new Map<string, Reader>(action.emails.map((email) => [email.toLowerCase(), workspace]));
  for (const member of members) if (userIds.has(member.userId)) readers.set(member.email.toLowerCase(), await memberReader(db, workspaceId, member.userId, workspace));
  const link = caseId ? `${config.publicUrl}/w/${workspaceId}/respond/cases/${caseId}` : `${config.publicUrl}/w/${workspaceId}/respond`;
  const comment = typeof firing.context['comment'] === 'string' ? firing.context['comment'] : null;
  const ids: string[] = [];
  for (const [to, reader] of readers) {
    const mail = alertMail(reader, { rule: firing.rule.name, headline: headlineText(firing.headline, reader.locale), reasons: reasonLines(reader, firing.reasons, firing.tests), comment, link });
    ids.push(await queueMail(db, { workspaceId, purpose: 'alert.notify', to, ...mail }, config));
  }
  return ids;
}
