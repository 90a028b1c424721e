import { Readable } from 'node:stream';
import { z } from 'zod';
import { parseAcceptLanguage, pickLanguage } from '../../engine/i18n/locales.js';
import { createRateLimiter } from '../../platform/auth/rate-limit.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import type { PublishedSurveys } from '../surveys/published-surveys.js';
import * as surveyStore from '../surveys/store.js';
import { settingsOf, surveyStatus } from '../surveys/surveys.js';
import { findContact } from '../contacts/store.js';
import { isPersonalLinkUsed, readPersonalLink } from '../surveys/personal-links.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { answerFiltersOf } from './answer-filters.js';
import { csvLine, exportColumns } from './csv-export.js';
import { createProofOfWork } from './proof-of-work.js';
import { channels, Submission, takeSubmission } from './intake.js';
import { listResponses } from './store.js';
import { tagsOfResponses } from '../../respond/rules/store.js';

const ResponseFilterQuery = z.object({
  state: z.enum(['partial', 'complete']).optional(),
  channel: z.enum(channels).optional(),
  language: z.string().max(35).optional(),
  from: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-11-01T00:00:00Z' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-11-30T23:59:59Z' }).optional(),
  /** `<question id>:<value>`, repeatable: every one must hold. */
  answer: z.union([z.string().max(600), z.array(z.string().max(600)).max(20)]).optional(),
});
const toFilters = (query: z.infer<typeof ResponseFilterQuery>, survey: SurveyDefinition) => ({
  ...query,
  from: query.from ? new Date(query.from) : undefined,
  to: query.to ? new Date(query.to) : undefined,
  answers: answerFiltersOf(survey, query.answer),
});

const SlugParams = z.object({ slug: z.string().regex(/^[a-z0-9]{6,40}$/, { error: 'is not a survey link' }) });

export function responseRoutes({ db, log, linkSigningKey, config, events }: PlatformServices, published: PublishedSurveys) {
  const proofOfWork = createProofOfWork(linkSigningKey);
  // Public endpoints are open to the internet: each address gets a generous but finite budget.
  const submitLimiter = createRateLimiter({ limit: config.publicRateLimitPerMinute, windowSeconds: 60 });
  const readLimiter = createRateLimiter({ limit: config.publicRateLimitPerMinute * 3, windowSeconds: 60 });
  const limit = (limiter: typeof submitLimiter, ip: string) => {
    const verdict = limiter.hit(ip);
    if (!verdict.isAllowed) throw new AppError('rate_limited', 'rateLimit.addressMinute', { retryAfterSeconds: verdict.retryAfterSeconds });
  };

  /** What a personal link lets the page fill in: trusted hidden fields, and the contact's name and attributes for piping. */
  async function personalisationOf(token: string, survey: surveyStore.SurveyRow) {
    const link = readPersonalLink(linkSigningKey, token, survey);
    const contact = link.c ? await findContact(db, survey.workspaceId, link.c) : null;
    const hidden = link.h ?? {};
    const name = contact?.name ?? undefined;
    const attributes = (contact?.attributes ?? {}) as Record<string, string | number | boolean>;
    const isUsed = link.o ? await isPersonalLinkUsed(db, link) : false;
    return { hidden, isUsed, language: contact?.language ?? null, piping: { ...attributes, name, first_name: name?.split(/\s+/)[0], ...hidden } };
  }

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/surveys/:slug',
      summary: 'A published survey for the respondent: its latest version in the best language, and whether it takes answers',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: SlugParams,
      query: z.object({ lang: z.string().max(35).optional(), t: z.string().max(4000).optional(), version: z.coerce.number().int().min(1).optional() }).loose(),
      handler: async ({ params, query, request }) => {
        limit(readLimiter, request.ip);
        const survey = await published.findBySlug(params.slug);
        if (!survey || survey.latestVersion === null) throw notFound('survey.notFound');
        // A respondent resuming an answer started before a new version came out finishes that version.
        const versionNumber = query.version && query.version <= survey.latestVersion ? query.version : survey.latestVersion;
        const definition = (await published.version(survey.workspaceId, survey.id, versionNumber))!;
        const settings = settingsOf(survey);
        const count = settings.responseLimit !== null ? await surveyStore.countCompleteResponses(db, survey.workspaceId, survey.id) : 0;
        const personal = query.t ? await personalisationOf(query.t, survey) : null;
        const preferences = [...(query.lang ? [query.lang] : []), ...(personal?.language ? [personal.language] : []), ...parseAcceptLanguage(request.headers['accept-language'])];
        return {
          surveyId: survey.id,
          slug: survey.slug,
          version: versionNumber,
          latestVersion: survey.latestVersion,
          definition,
          language: pickLanguage(preferences, definition.languages, definition.defaultLanguage),
          status: surveyStatus(survey, settings, count),
          isAnonymous: settings.isAnonymous,
          requiresProofOfWork: settings.requireProofOfWork,
          personal: personal && { hidden: personal.hidden, piping: personal.piping, isUsed: personal.isUsed },
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/public/surveys/:slug/challenge',
      summary: 'A proof-of-work challenge (ALTCHA) to solve before sending a new response to a survey that asks for one',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: SlugParams,
      handler: async ({ request }) => {
        limit(readLimiter, request.ip);
        return proofOfWork.challenge();
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/public/surveys/:slug/responses',
      summary: 'Save a response, page by page or at once; idempotent on submissionId, so retries never duplicate',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: SlugParams,
      body: Submission,
      handler: async ({ params, body, request, reply }) => {
        limit(submitLimiter, request.ip);
        const result = await takeSubmission(db, { slug: params.slug, submission: body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null, linkKey: linkSigningKey, published, proofOfWork });
        if (result.outcome === 'dropped') {
          // Told apart from a real answer only in the log: a bot learns nothing.
          log.info({ slug: params.slug, reason: result.reason }, 'submission dropped');
          return { responseId: body.submissionId, state: body.isComplete ? 'complete' : 'partial', endingId: null };
        }
        if (result.outcome === 'created') void reply.code(201);
        // A completed response recorded an event for rules and webhooks: let it go out now.
        if (result.state === 'complete' && result.outcome !== 'replayed') await events.dispatchSoon();
        return { responseId: result.responseId, state: result.state, endingId: result.endingId };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/responses',
      summary: 'Responses to a survey, newest first, with filters',
      tags: ['responses'],
      access: { kind: 'workspace', permission: 'responses.read' },
      params: WorkspaceParams.extend({ surveyId: Id }),
      query: ResponseFilterQuery.extend({
        before: Id.optional(),
        limit: z.coerce.number().int().min(1, { error: 'must be at least 1' }).max(500, { error: 'must be at most 500' }).default(50),
      }).strict(),
      handler: async ({ params, query }) => {
        const survey = await surveyStore.findSurvey(db, params.workspaceId, params.surveyId);
        if (!survey) throw notFound('survey.notFound');
        // Answer filters are read against the latest published version (or the draft before any).
        const definition = survey.latestVersion === null ? SurveyDefinition.parse(survey.draft) : (await published.version(survey.workspaceId, survey.id, survey.latestVersion))!;
        const rows = await listResponses(db, params.workspaceId, params.surveyId, { ...toFilters(query, definition), beforeId: query.before, limit: query.limit + 1 });
        const page = rows.slice(0, query.limit);
        const tags = await tagsOfResponses(db, params.workspaceId, page.map((row) => row.id));
        return {
          items: page.map((row) => ({
            id: row.id,
            surveyVersion: row.surveyVersion,
            state: row.state,
            answers: row.answers,
            hidden: row.hidden,
            language: row.language,
            channel: row.channel,
            context: row.context,
            endingId: row.endingId,
            startedAt: row.startedAt.toISOString(),
            completedAt: row.completedAt?.toISOString() ?? null,
            /** Put on by alert rules (Respond). */
            tags: tags.get(row.id) ?? [],
          })),
          nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/surveys/:surveyId/responses/export',
      summary: 'All responses matching the filters as CSV (UTF-8), streamed; choices as ids, or as labels with ?labels=fi',
      tags: ['responses'],
      access: { kind: 'workspace', permission: 'responses.read' },
      params: WorkspaceParams.extend({ surveyId: Id }),
      query: ResponseFilterQuery.extend({ labels: z.string().max(35).optional() }).strict(),
      handler: async ({ params, query, reply }) => {
        const survey = await surveyStore.findSurvey(db, params.workspaceId, params.surveyId);
        if (!survey || survey.latestVersion === null) throw notFound('survey.publishedNotFound');
        const definition = (await published.version(survey.workspaceId, survey.id, survey.latestVersion))!;
        const columns = exportColumns(definition, { labelsIn: query.labels });
        const filters = toFilters(query, definition);
        // Pages of a thousand, so memory stays flat and the embedded database is never held long.
        async function* lines() {
          yield `\uFEFF${csvLine(columns.map((c) => c.header))}`;
          for (let beforeId: string | undefined; ; ) {
            const rows = await listResponses(db, params.workspaceId, params.surveyId, { ...filters, beforeId, limit: 1000 });
            for (const row of rows) yield csvLine(columns.map((c) => c.value(row as never)));
            if (rows.length < 1000) return;
            beforeId = rows.at(-1)!.id;
          }
        }
        const name = `${survey.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'survey'}-responses.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(Readable.from(lines()));
      },
    }),
  ];
}
