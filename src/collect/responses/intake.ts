import { z } from 'zod';
import { validateResponse } from '../../engine/survey/validate-response.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError, fieldProblemsSaid, notFound } from '../../platform/errors/app-error.js';
import { recordInRollups } from '../../insights/rollups/record.js';
import { findContact, findContactByKeys } from '../contacts/store.js';
import { recordInvitationProgress } from '../invitations/progress.js';
import { claimPersonalLink, readPersonalLink } from '../surveys/personal-links.js';
import type { PublishedSurveys } from '../surveys/published-surveys.js';
import { recordEvent } from '../../platform/events/events.js';
import { announceResponseStored } from './events.js';
import { ProofOfWork, type ProofOfWorkCheck } from './proof-of-work.js';
import * as surveyStore from '../surveys/store.js';
import { settingsOf, surveyStatus } from '../surveys/surveys.js';
import { resolveIdentity } from '../widget/identity.js';
import { findCollectSettings } from '../widget/store.js';
import { findResponseBySubmission, lockSubmission, upsertResponse, type ResponseRow } from './store.js';

export const channels = ['link', 'qr', 'embed', 'widget', 'email', 'api'] as const;

export const Submission = z
  .object({
    submissionId: z.uuid({ error: 'must be a UUID the client makes once per response and repeats on every retry' }),
    version: z.number({ error: 'must be the survey version number' }).int().min(1),
    answers: z.record(z.string(), z.unknown(), { error: 'must be an object from question id to answer' }),
    hidden: z.record(z.string(), z.unknown()).optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as fi' }),
    isComplete: z.boolean({ error: 'must be true or false' }),
    channel: z.enum(channels, { error: `must be one of ${channels.join(', ')}` }).default('link'),
    honeypot: z.string().max(1000).optional(),
    elapsedMs: z.number().min(0).optional(),
    /** The token of a personal link (`?t=`), carrying the contact and trusted hidden fields. */
    token: z.string().max(4000).optional(),
    /**
     * Where it was answered and who the website said the visitor is (the widget's `kuulo.identify`):
     * verified when signed with the workspace's identity secret, else kept as told (or dropped, if
     * the workspace requires verification).
     */
    context: z
      .object({
        pageUrl: z.url({ error: 'must be a URL' }).max(2000).optional(),
        identity: z
          .object({
            id: z.string().min(1).max(200),
            attributes: z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()])).optional(),
            signature: z.string().max(200).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** A solved challenge from `GET …/challenge`, when the survey asks for one. */
    proofOfWork: ProofOfWork.optional(),
  })
  .strict();
export type Submission = z.infer<typeof Submission>;

export type IntakeResult =
  | { outcome: 'created' | 'updated' | 'replayed'; responseId: string; state: 'partial' | 'complete'; endingId: string | null }
  | { outcome: 'dropped'; reason: 'honeypot' | 'too_fast' };

/**
 * A response's way in, as named steps: find the survey → check it takes answers → drop bots →
 * validate against the version answered → store idempotently. A dropped submission says why;
 * an accepted one is stored exactly once, however often it is retried.
 */
export async function takeSubmission(db: Db, options: { slug: string; submission: Submission; ip: string | null; userAgent: string | null; linkKey: Buffer; published: PublishedSurveys; proofOfWork: ProofOfWorkCheck }): Promise<IntakeResult> {
  const { submission } = options;
  const survey = await options.published.findBySlug(options.slug);
  if (!survey || survey.latestVersion === null) throw notFound('survey.notFound');
  const settings = settingsOf(survey);
  const link = submission.token ? readPersonalLink(options.linkKey, submission.token, survey) : null;
  // What the signed link says wins over what the address bar says.
  const hidden = link?.h ? { ...(submission.hidden as Record<string, unknown> | undefined), ...link.h } : submission.hidden;

  if (submission.honeypot) return { outcome: 'dropped', reason: 'honeypot' };
  if (submission.isComplete && submission.elapsedMs !== undefined && submission.elapsedMs < settings.minSecondsToAnswer * 1000) {
    return { outcome: 'dropped', reason: 'too_fast' };
  }

  if (settings.requireProofOfWork && !(await findResponseBySubmission(db, survey.workspaceId, survey.id, submission.submissionId))) {
    if (!submission.proofOfWork || !(await options.proofOfWork.verify(submission.proofOfWork))) {
      throw new AppError('invalid_input', 'intake.challengeNeeded', {
        errors: [{ path: 'body.proofOfWork', key: submission.proofOfWork ? 'field.proofOfWorkInvalid' : 'field.proofOfWorkRequired' }],
      });
    }
  }
  const definition = await options.published.version(survey.workspaceId, survey.id, submission.version);
  if (!definition) {
    throw new AppError('invalid_input', 'intake.noSuchVersion', { params: { version: submission.version }, errors: [{ path: 'body.version', key: 'field.mustBePublishedVersion', params: { latest: survey.latestVersion } }] });
  }
  if (!definition.languages.includes(submission.language)) {
    throw new AppError('invalid_input', 'intake.languageNotOffered', { params: { language: submission.language }, errors: [{ path: 'body.language', key: 'field.mustBeOneOf', params: { values: definition.languages.join(', ') } }] });
  }
  const check = validateResponse(definition, { answers: submission.answers, hidden }, { isComplete: submission.isComplete });
  if (!check.isValid) {
    throw new AppError('invalid_input', check.problems.length > 1 ? 'input.firstProblemMoreShort' : 'input.firstProblem', {
      params: { path: check.problems[0]!.path, more: check.problems.length - 1 },
      errors: fieldProblemsSaid(check.problems, 'body'),
    });
  }

  const hasLimit = settings.responseLimit !== null;
  const store = async (tx: Db): Promise<IntakeResult> => {
    // Locking the survey row serialises submissions to one survey only when a limit must hold.
    const current = hasLimit ? ((await surveyStore.findSurvey(tx, survey.workspaceId, survey.id, { forUpdate: true })) ?? survey) : survey;
    const completeCount = hasLimit ? await surveyStore.countCompleteResponses(tx, survey.workspaceId, survey.id) : 0;
    const status = surveyStatus(current, settings, completeCount);
    await lockSubmission(tx, submission.submissionId);
    const stored = await findResponseBySubmission(tx, survey.workspaceId, survey.id, submission.submissionId);
    if (status !== 'open') {
      // A retry of a response stored before the survey closed is answered as before.
      if (stored?.state === 'complete') return resultOf(stored, 'replayed');
      if (status === 'full') throw new AppError('survey_full', 'survey.full');
      if (status === 'not_yet_open') throw new AppError('survey_not_open', 'survey.notOpen');
      throw new AppError('survey_closed', 'survey.closed');
    }
    if (link) await claimPersonalLink(tx, link, submission.submissionId);
    const who = settings.isAnonymous ? { context: {}, contactId: null } : await identify(tx, survey.workspaceId, submission.context, link?.c ?? null);
    const { row, change } = await upsertResponse(tx, {
      workspaceId: survey.workspaceId,
      id: newId(),
      surveyId: survey.id,
      surveyVersion: submission.version,
      submissionId: submission.submissionId,
      state: submission.isComplete ? 'complete' : 'partial',
      answers: check.answers,
      hidden: (hidden as Record<string, string> | undefined) ?? {},
      language: submission.language,
      channel: (link?.ch as Submission['channel'] | undefined) ?? submission.channel,
      contactId: who.contactId,
      context: who.context,
      endingId: submission.isComplete ? check.ending.id : null,
      ip: settings.isAnonymous ? null : options.ip,
      userAgent: settings.isAnonymous ? null : (options.userAgent?.slice(0, 300) ?? null),
      completedAt: submission.isComplete ? new Date() : null,
    });
    await recordInRollups(tx, {
      workspaceId: survey.workspaceId,
      surveyId: survey.id,
      responseId: row.id,
      definition,
      response: { ...row, answers: row.answers as Record<string, unknown>, hidden: row.hidden as Record<string, unknown> },
      isNew: change === 'created',
      state: row.state,
      previous:
        stored && change !== 'created'
          ? {
              state: stored.state,
              answers: stored.answers as Record<string, unknown>,
              hidden: stored.hidden as Record<string, unknown>,
              definition: stored.surveyVersion === submission.version ? definition : ((await options.published.version(survey.workspaceId, survey.id, stored.surveyVersion)) ?? definition),
            }
          : null,
      isNowComplete: change !== 'none' && row.state === 'complete',
      contactAttributes: async () => (row.contactId ? ((await findContact(tx, survey.workspaceId, row.contactId))?.attributes as Record<string, unknown> | undefined) : undefined) ?? {},
    });
    if (link && change !== 'none') await recordInvitationProgress(tx, survey.workspaceId, link.l, row);
    if (change !== 'none') await announceResponseStored(tx, { workspaceId: survey.workspaceId, surveyId: survey.id, state: row.state as 'partial' | 'complete' });
    if (change !== 'none' && row.state === 'complete') {
      await recordEvent(tx, {
        workspaceId: survey.workspaceId,
        type: 'response.completed',
        data: {
          surveyId: survey.id,
          surveyName: survey.name,
          responseId: row.id,
          surveyVersion: row.surveyVersion,
          channel: row.channel,
          language: row.language,
          contactId: row.contactId,
          answers: row.answers,
          hidden: row.hidden,
          endingId: row.endingId,
          completedAt: row.completedAt?.toISOString() ?? null,
        },
      });
    }
    return resultOf(row, change === 'none' ? 'replayed' : change);
  };
  // One transaction: the response and the rollups it adds are stored together or not at all.
  return db.transaction(store);
}

/**
 * The context to store and the contact to link: a personal link's contact, else the contact whose
 * external id a verified widget identity names. Signatures are checked, never stored.
 */
async function identify(db: Db, workspaceId: string, context: Submission['context'], linkedContactId: string | null): Promise<{ context: object; contactId: string | null }> {
  if (!context?.identity) return { context: context ?? {}, contactId: linkedContactId };
  const identity = resolveIdentity(context.identity, await findCollectSettings(db, workspaceId));
  const { identity: _told, ...rest } = context;
  const contact = !linkedContactId && identity?.isVerified ? await findContactByKeys(db, workspaceId, { externalId: identity.id }) : null;
  return { context: identity ? { ...rest, identity } : rest, contactId: linkedContactId ?? contact?.id ?? null };
}

const resultOf = (row: ResponseRow, outcome: 'created' | 'updated' | 'replayed'): IntakeResult => ({
  outcome,
  responseId: row.id,
  state: row.state as 'partial' | 'complete',
  endingId: row.endingId,
});
