import { z } from 'zod';
import { ContactBudget, priorities } from '../../engine/invitations/budget.js';
import { createRateLimiter } from '../../platform/auth/rate-limit.js';
import { AppError, invalidInput, notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { findContact, findContactByKeys } from '../contacts/store.js';
import * as surveyStore from '../surveys/store.js';
import { findCollectSettings } from '../widget/store.js';
import { resolveIdentity } from '../widget/identity.js';
import { findBudgetSettings, judgeContact, listTouches, recordTouch, saveBudgetSettings } from './budget.js';
import { unreachableReason } from './claim.js';

const BudgetBody = z.object({ budget: ContactBudget, surveyPriorities: z.record(Id, z.enum(priorities)).default({}) }).strict();

/** The contact budget: its rule, a check for one contact, a contact's asks, and the widget's question "may I ask this visitor?". */
export function budgetRoutes({ db, config }: PlatformServices) {
  const askLimiter = createRateLimiter({ limit: config.publicRateLimitPerMinute * 3, windowSeconds: 60 });
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/contact-budget',
      summary: 'How often anyone may be asked for feedback, across email, personal links and the widget, and each survey\'s priority',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => findBudgetSettings(db, params.workspaceId),
    }),

    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/contact-budget',
      summary: 'Change the contact budget and survey priorities',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: WorkspaceParams,
      body: BudgetBody,
      handler: async ({ params, body }) => {
        for (const surveyId of Object.keys(body.surveyPriorities)) {
          if (!(await surveyStore.findSurvey(db, params.workspaceId, surveyId))) throw invalidInput([{ path: `body.surveyPriorities.${surveyId}`, key: 'field.notSurveyOfWorkspace' }]);
        }
        await saveBudgetSettings(db, params.workspaceId, body);
        return findBudgetSettings(db, params.workspaceId);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/contact-budget/check',
      summary: 'Whether a contact may be asked now for a survey, and if not, why and from when (asks nobody)',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      body: z.object({ contactId: Id, surveyId: Id }).strict(),
      handler: async ({ params, body }) => {
        const contact = await findContact(db, params.workspaceId, body.contactId);
        if (!contact) throw invalidInput([{ path: 'body.contactId', key: 'field.notContactOfWorkspace' }]);
        if (!(await surveyStore.findSurvey(db, params.workspaceId, body.surveyId))) throw invalidInput([{ path: 'body.surveyId', key: 'field.notSurveyOfWorkspace' }]);
        const unreachable = contact.unsubscribedAt ? 'unsubscribed' : null;
        const verdict = await judgeContact(db, params.workspaceId, contact, body.surveyId);
        if (unreachable) return { isAllowed: false, priority: verdict.priority, reason: unreachable, nextAllowedAt: null };
        return verdict.isAllowed ? { isAllowed: true, priority: verdict.priority, reason: null, nextAllowedAt: null } : { isAllowed: false, priority: verdict.priority, reason: verdict.reason, nextAllowedAt: verdict.nextAllowedAt.toISOString() };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/contacts/:contactId/touches',
      summary: 'Each time the contact was asked for feedback (mail, personal link, widget), newest first',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.read' },
      params: WorkspaceParams.extend({ contactId: Id }),
      handler: async ({ params }) => {
        if (!(await findContact(db, params.workspaceId, params.contactId))) throw notFound('contact.notFound');
        const touches = await listTouches(db, params.workspaceId, params.contactId);
        return { touches: touches.map((touch) => ({ ...touch, at: touch.at.toISOString() })) };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/public/widget/:workspaceId/ask',
      summary: 'The website widget asks before showing a survey to a verified visitor: no to an unsubscribed contact or one over the contact budget; a yes counts as an ask',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: z.object({ workspaceId: Id }),
      body: z.object({ surveyId: Id, identity: z.object({ id: z.string().min(1).max(200), signature: z.string().max(200).optional() }).strict() }).strict(),
      handler: async ({ params, body, request }) => {
        const verdict = askLimiter.hit(request.ip);
        if (!verdict.isAllowed) throw new AppError('rate_limited', 'rateLimit.address', { retryAfterSeconds: verdict.retryAfterSeconds });
        // Only a signed identity may spend a contact's budget: anyone could type another's id.
        const identity = resolveIdentity(body.identity, await findCollectSettings(db, params.workspaceId));
        if (!identity?.isVerified) return { mayAsk: true };
        const contact = await findContactByKeys(db, params.workspaceId, { externalId: identity.id });
        if (!contact) return { mayAsk: true };
        if (unreachableReason({ ...contact, email: contact.email ?? 'widget' }) === 'unsubscribed') return { mayAsk: false };
        const judged = await judgeContact(db, params.workspaceId, contact, body.surveyId);
        if (!judged.isAllowed) return { mayAsk: false };
        await recordTouch(db, { workspaceId: params.workspaceId, contactId: contact.id, channel: 'widget', surveyId: body.surveyId, priority: judged.priority });
        return { mayAsk: true };
      },
    }),
  ];
}

