import { z } from 'zod';
import { checkSurveyLogic } from '../../engine/survey/logic-check.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { surveyTemplates } from '../../engine/survey/templates/index.js';
import { auditActorOf } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import { qrLinkOf, renderQrCode } from './qr-code.js';
import * as store from './store.js';
import { createSurvey, publishSurvey, setSurveyClosed, settingsOf, surveyStatus, updateSurvey } from './surveys.js';

const SurveyParams = WorkspaceParams.extend({ surveyId: Id });
const SurveyName = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });

export function surveyRoutes({ db, config }: PlatformServices) {
  const summaryOf = (survey: store.SurveyRow, responseCount: number) => {
    const settings = settingsOf(survey);
    return {
      id: survey.id,
      name: survey.name,
      slug: survey.slug,
      status: surveyStatus(survey, settings, responseCount),
      latestVersion: survey.latestVersion,
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
    return {
      ...summaryOf(survey, count),
      settings: settingsOf(survey),
      definition: draft,
      problems: checkSurveyLogic(draft),
      versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString() })),
    };
  };

  const load = async (workspaceId: string, surveyId: string) => {
    const survey = await store.findSurvey(db, workspaceId, surveyId);
    if (!survey) throw notFound('The survey');
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
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId',
      summary: 'Save the draft, the name or the settings (published versions never change)',
      tags: ['surveys'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: SurveyParams,
      body: z.object({ name: SurveyName.optional(), definition: z.unknown().optional(), settings: z.unknown().optional() }).strict(),
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
