import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { createRateLimiter } from '../../platform/auth/rate-limit.js';
import { projectRoot } from '../../platform/db/project-root.js';
import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import * as surveyStore from '../surveys/store.js';
import { settingsOf, surveyStatus } from '../surveys/surveys.js';
import { newIdentitySecret } from './identity.js';
import { findCollectSettings, listPublishedSurveys, saveCollectSettings, type CollectSettingsRow } from './store.js';

const CollectSettings = z
  .object({
    widgetCooldownDays: z.number().int().min(0).max(365).optional(),
    requireVerifiedIdentity: z.boolean().optional().describe('Drop widget identities without a valid signature (the answers are kept, anonymous)'),
  })
  .strict();

/** The website widget: its loader script, what each workspace's widget should show, and the workspace's widget settings. */
export function widgetRoutes({ db, config }: PlatformServices) {
  const configLimiter = createRateLimiter({ limit: config.publicRateLimitPerMinute * 3, windowSeconds: 60 });
  let loader: Promise<string> | undefined;

  return [
    defineRoute({
      method: 'GET',
      url: '/widget.js',
      summary: 'The website widget loader: one script tag on the company\'s site',
      tags: ['respondent'],
      access: { kind: 'public' },
      handler: async ({ reply }) => {
        loader ??= fs.readFile(path.join(projectRoot(), 'respondent/dist/widget.js'), 'utf8').catch((error: unknown) => {
          loader = undefined;
          throw new AppError('not_found', 'widget.notBuilt', { cause: error });
        });
        return reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(await loader);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/public/widget/:workspaceId/config',
      summary: 'Which surveys the website widget may show, on which pages, when, to whom, and how often',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: z.object({ workspaceId: Id }),
      handler: async ({ params, request, reply }) => {
        const verdict = configLimiter.hit(request.ip);
        if (!verdict.isAllowed) throw new AppError('rate_limited', 'rateLimit.address', { retryAfterSeconds: verdict.retryAfterSeconds });
        if (!(await findWorkspace(db, params.workspaceId))) throw new AppError('not_found', 'widget.notSetUp');
        const { widgetCooldownDays } = await findCollectSettings(db, params.workspaceId);
        const shown = [];
        for (const survey of await listPublishedSurveys(db, params.workspaceId)) {
          const settings = settingsOf(survey);
          // The widget does not solve proof-of-work challenges: such surveys stay on their links.
          if (!settings.widget.isEnabled || settings.requireProofOfWork) continue;
          const count = settings.responseLimit !== null ? await surveyStore.countCompleteResponses(db, survey.workspaceId, survey.id) : 0;
          if (surveyStatus(survey, settings, count) !== 'open') continue;
          const { pages, when, targeting, samplePercent, recontactDays } = settings.widget;
          shown.push({ surveyId: survey.id, slug: survey.slug, version: survey.latestVersion, triggers: { pages, when }, targeting, samplePercent, recontactDays });
        }
        void reply.header('cache-control', 'public, max-age=60');
        return { cooldownDays: widgetCooldownDays, surveys: shown };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/collect-settings',
      summary: 'Collect settings of the workspace: the website widget\'s cooldown between any two surveys and its identity verification',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => publicSettingsOf(await findCollectSettings(db, params.workspaceId)),
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/collect-settings',
      summary: 'Change the collect settings of the workspace',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: WorkspaceParams,
      body: CollectSettings,
      handler: async ({ params, body }) => {
        if (body.requireVerifiedIdentity && !(await findCollectSettings(db, params.workspaceId)).identitySecret) {
          throw invalidInput([{ path: 'body.requireVerifiedIdentity', key: 'field.needsIdentitySecret' }]);
        }
        await saveCollectSettings(db, params.workspaceId, body);
        return publicSettingsOf(await findCollectSettings(db, params.workspaceId));
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/collect-settings/identity-secret',
      summary: 'Create (or replace) the secret the company\'s server signs widget visitor ids with; shown once',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      handler: async (context) => {
        const secret = newIdentitySecret();
        await db.transaction(async (tx) => {
          const hadOne = (await findCollectSettings(tx, context.params.workspaceId)).identitySecret !== null;
          await saveCollectSettings(tx, context.params.workspaceId, { identitySecret: secret, identitySecretCreatedAt: new Date() });
          await recordAudit(tx, auditActorOf(context), { workspaceId: context.params.workspaceId, action: hadOne ? 'widget.identity_secret_replaced' : 'widget.identity_secret_created', target: { type: 'workspace', id: context.params.workspaceId } });
        });
        return { secret, ...publicSettingsOf(await findCollectSettings(db, context.params.workspaceId)) };
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/collect-settings/identity-secret',
      summary: 'Turn identity verification off: identities are kept as told, unverified',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      handler: async (context) => {
        await db.transaction(async (tx) => {
          await saveCollectSettings(tx, context.params.workspaceId, { identitySecret: null, identitySecretCreatedAt: null, requireVerifiedIdentity: false });
          await recordAudit(tx, auditActorOf(context), { workspaceId: context.params.workspaceId, action: 'widget.identity_secret_removed', target: { type: 'workspace', id: context.params.workspaceId } });
        });
        return publicSettingsOf(await findCollectSettings(db, context.params.workspaceId));
      },
    }),
  ];
}

/** The settings as the admin app sees them: whether a secret exists and since when, never the secret itself. */
function publicSettingsOf(settings: CollectSettingsRow) {
  return {
    widgetCooldownDays: settings.widgetCooldownDays,
    identityVerification: {
      isOn: settings.identitySecret !== null,
      secretCreatedAt: settings.identitySecretCreatedAt?.toISOString() ?? null,
      requireVerified: settings.requireVerifiedIdentity,
    },
  };
}
