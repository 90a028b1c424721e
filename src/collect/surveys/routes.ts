import { z } from 'zod';
import { checkSurveyLogic } from '../../engine/survey/logic-check.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { surveyTemplates } from '../../engine/survey/templates/index.js';
import { auditActorOf } from '../../platform/audit/audit.js';
import { AppError, invalidInput, notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import { qrLinkOf, renderQrCode } from './qr-code.js';
import * as store from './store.js';
import { upsertContact } from '../contacts/store.js';
import { judgeContact, recordTouch } from '../invitations/budget.js';
import { issuePersonalLink } from './personal-links.js';
import { createSurvey, publishSurvey, setSurveyClosed, settingsOf, surveyStatus, updateSurvey } from './surveys.js';

const SurveyParams = WorkspaceParams.extend({ surveyId: Id });
const Attribute = z.union([z.string().max(1000), z.number(), z.boolean()]);
const PersonalLinkRequest = z
  .object({
    contact: z
      .object({
        externalId: z.string().trim().min(1).max(200).optional(),
        email: z.email({ error: 'must be an email address' }).max(320).optional(),
        name: z.string().trim().max(200).optional(),
        language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as fi' }).optional(),
        attributes: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'attribute names are lower_snake_case' }), Attribute).optional(),
      })
      .strict()
      .refine((c) => c.externalId || c.email, { error: 'needs an externalId or an email to know who it is' })
      .optional(),
    hidden: z.record(z.string(), z.string().max(500)).default({}),
    /** Issue the link even if the contact budget says the contact was asked too recently (the ask is still counted). */
    ignoreContactBudget: z.boolean().default(false),
    expiresInHours: z.number().positive().max(24 * 366).optional(),
    isSingleUse: z.boolean().default(true),
    channel: z.enum(['email', 'api', 'link', 'embed']).default('api'),
  })
  .strict();
const SurveyName = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });

export function surveyRoutes({ db, config, linkSigningKey }: PlatformServices) {
  const summaryOf = (survey: store.SurveyRow, responseCount: number) => {
    const settings = settingsOf(survey);
    return {
      id: survey.id,
      name: survey.name,
      slug: survey.slug,
      status: surveyStatus(survey, settings, responseCount),
      latestVersion: survey.latestVersion,
      draftRevision: survey.draftRevision,
      responseCount,
      publicUrl: `${config.publicUrl}/s/${survey.slug}`,
      createdAt: survey.createdAt.toISOString(),
      updatedAt: survey.updatedAt.toISOString(),
    };
  };

  const detailOf = async (survey: store.SurveyRow) => {
    const draft = SurveyDefinition.parse(survey.draft);
    const count = await store.countCompleteResponses(db, survey.workspaceId, survey.id);
    const versions = await store.listSurveyVersions(db, survey.workspaceId, survey.id);
    const latest = survey.latestVersion === null ? null : await store.findSurveyVersion(db, survey.workspaceId, survey.id, survey.latestVersion);
    return {
      ...summaryOf(survey, count),
      settings: settingsOf(survey),
      definition: draft,
      /** Whether the draft says something the published version does not: publishing would make a new version. */
      hasUnpublishedChanges: latest === null || JSON.stringify(SurveyDefinition.parse(latest.definition)) !== JSON.stringify(draft),
      problems: checkSurveyLogic(draft),
      versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString() })),
    };
  };

  const load = async (workspaceId: string, surveyId: string) => {
    const survey = await store.findSurvey(db, workspaceId, surveyId);
    if (!survey) throw notFound('survey.notFound');
    return survey;
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/survey-templates',
      summary: 'Ready-made surveys (NPS, CSAT, CES, CLI, after support) in English, Finnish and Polish',
      tags: ['surveys'],
      access: { kind: 'user' },
      handler: async () => ({ items: surveyTemplates.map(({ id, name, description }) => ({ id, name, description })) }),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys',
      summary: 'List the surveys, newest first, with their status and number of complete responses',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => ({
        items: (await store.listSurveys(db, params.workspaceId)).map(({ survey, responseCount }) => summaryOf(survey, responseCount)),
      }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/surveys',
      summary: 'Create a survey: from a template, from a definition, or blank',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: WorkspaceParams,
      body: z.object({ name: SurveyName, templateId: z.string().optional(), definition: z.unknown().optional() }).strict(),
      status: 201,
      handler: async (context) => {
        const workspace = await findWorkspace(db, context.params.workspaceId);
        const userId = context.principal?.type === 'user' ? context.principal.userId : null;
        const survey = await createSurvey(db, { ...context.body, workspaceId: context.params.workspaceId, language: workspace?.defaultLocale ?? 'en', userId, actor: auditActorOf(context) });
        return detailOf(survey);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId',
      summary: 'A survey with its draft, settings, logic problems and published versions',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: SurveyParams,
      handler: async ({ params }) => detailOf(await load(params.workspaceId, params.surveyId)),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/versions/:version',
      summary: 'A published version of a survey, as respondents saw it',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: SurveyParams.extend({ version: z.coerce.number().int().min(1) }),
      handler: async ({ params }) => {
        const row = await store.findSurveyVersion(db, params.workspaceId, params.surveyId, params.version);
        if (!row) throw notFound('survey.versionNotFound', { version: params.version });
        return { version: row.version, publishedAt: row.publishedAt.toISOString(), definition: SurveyDefinition.parse(row.definition) };
      },
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId',
      summary: 'Save the draft, the name or the settings (published versions never change)',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: SurveyParams,
      body: z
        .object({
          name: SurveyName.optional(),
          definition: z.unknown().optional(),
          settings: z.unknown().optional(),
          baseRevision: z.number().int().min(1).optional().describe('The draftRevision this edit started from; the save is refused (409 edit_conflict) if someone saved since'),
        })
        .strict(),
      handler: async ({ params, body }) => detailOf(await updateSurvey(db, { ...params, ...body })),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/publish',
      summary: 'Publish the draft as a new version; refused while the logic check finds errors',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: SurveyParams,
      handler: async (context) => {
        const userId = context.principal?.type === 'user' ? context.principal.userId : null;
        return detailOf(await publishSurvey(db, { ...context.params, userId, actor: auditActorOf(context) }));
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/qr-code',
      summary: 'A QR code of the survey link, as SVG or PNG, to print or share; answers through it count as the QR channel',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: SurveyParams,
      query: z.object({ format: z.enum(['svg', 'png']).default('svg'), size: z.coerce.number().int().min(128).max(4096).default(1024) }).strict(),
      handler: async ({ params, query, reply }) => {
        const survey = await load(params.workspaceId, params.surveyId);
        const image = await renderQrCode(qrLinkOf(`${config.publicUrl}/s/${survey.slug}`), query.format, query.size);
        const filename = `${survey.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'survey'}-qr.${query.format}`;
        return reply
          .type(query.format === 'svg' ? 'image/svg+xml' : 'image/png')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
          .send(image);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/links',
      summary: 'Issue a personal link for one contact and context (after a chat, a delivery or a closed case); signed, optionally single-use and expiring',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'responses.write' },
      params: SurveyParams,
      body: PersonalLinkRequest,
      status: 201,
      handler: async ({ params, body }) => {
        const survey = await load(params.workspaceId, params.surveyId);
        if (survey.latestVersion === null) throw new AppError('conflict', 'link.publishFirst');
        const version = await store.findSurveyVersion(db, survey.workspaceId, survey.id, survey.latestVersion);
        const declared = SurveyDefinition.parse(version!.definition).hiddenFields.map((field) => field.key);
        const unknown = Object.keys(body.hidden).filter((key) => !declared.includes(key));
        if (unknown.length) throw invalidInput(unknown.map((key) => (declared.length ? { path: `body.hidden.${key}`, key: 'field.notHiddenField', params: { fields: declared.join(', ') } } : { path: `body.hidden.${key}`, key: 'field.notHiddenFieldNone' })));
        const contact = body.contact ? (await upsertContact(db, survey.workspaceId, body.contact)).row : null;
        if (contact) {
          // A personal link is an ask: it honours an unsubscribe and the contact budget, and counts.
          if (contact.unsubscribedAt) throw new AppError('conflict', 'link.contactUnsubscribed', { errors: [{ path: 'body.contact', key: 'field.contactUnsubscribed' }] });
          const verdict = await judgeContact(db, survey.workspaceId, contact, survey.id);
          if (!verdict.isAllowed && !body.ignoreContactBudget) {
            throw new AppError('conflict', 'link.overBudget', {
              params: { max: verdict.limit.maxTouches, days: verdict.limit.withinDays, date: verdict.nextAllowedAt.toISOString().slice(0, 10) },
              errors: [{ path: 'body.contact', key: 'field.contactBudget', params: { max: verdict.limit.maxTouches, days: verdict.limit.withinDays } }],
            });
          }
          await recordTouch(db, { workspaceId: survey.workspaceId, contactId: contact.id, channel: 'link', surveyId: survey.id, priority: verdict.priority });
        }
        const expiresAt = body.expiresInHours ? new Date(Date.now() + body.expiresInHours * 3600_000) : undefined;
        const token = issuePersonalLink(linkSigningKey, { workspaceId: survey.workspaceId, surveyId: survey.id, contactId: contact?.id, hidden: body.hidden, expiresAt, isSingleUse: body.isSingleUse, channel: body.channel });
        return { url: `${config.publicUrl}/s/${survey.slug}?t=${token}`, token, contactId: contact?.id ?? null, expiresAt: expiresAt?.toISOString() ?? null };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/close',
      summary: 'Stop taking answers',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: SurveyParams,
      handler: async (context) => detailOf(await setSurveyClosed(db, { ...context.params, isClosed: true, actor: auditActorOf(context) })),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/reopen',
      summary: 'Take answers again',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: SurveyParams,
      handler: async (context) => detailOf(await setSurveyClosed(db, { ...context.params, isClosed: false, actor: auditActorOf(context) })),
    }),
  ];
}
