import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { checkSurveyLogic } from '../../engine/survey/logic-check.js';
import { SurveyDefinition, type SurveyDefinitionInput } from '../../engine/survey/schema.js';
import { surveyTemplates, templateDefinitionIn } from '../../engine/survey/templates/index.js';
import { surveyTitleIn } from '../../engine/survey/text.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError, fieldProblemsFrom, fieldProblemsSaid, invalidInput, notFound } from '../../platform/errors/app-error.js';
import { WidgetSettings } from '../widget/widget-settings.js';
import * as store from './store.js';

/** How a survey is run, beside what it asks. */
export const SurveySettings = z
  .object({
    opensAt: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-12-01T09:00:00Z' }).nullable().default(null),
    closesAt: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-12-31T23:59:59Z' }).nullable().default(null),
    responseLimit: z.number().int().min(1, { error: 'must be at least 1' }).nullable().default(null),
    /** Stores no IP address, user agent or contact link with the answers. */
    isAnonymous: z.boolean().default(false),
    /**
     * Complete submissions faster than this (from the page being shown) are treated as bots and
     * dropped. Off by default: a one-tap NPS can honestly take a second.
     */
    minSecondsToAnswer: z.number().min(0).max(60).default(0),
    /** A new response must bring a solved proof-of-work challenge (stops scripted floods). */
    requireProofOfWork: z.boolean().default(false),
    /** Whether and when the survey shows in the website widget. */
    widget: WidgetSettings.default(WidgetSettings.parse({})),
  })
  .strict();
export type SurveySettings = z.infer<typeof SurveySettings>;

export type SurveyStatus = 'draft' | 'open' | 'not_yet_open' | 'closed' | 'full';

/** Whether a survey takes answers now, and if not, why. */
export function surveyStatus(survey: Pick<store.SurveyRow, 'status' | 'latestVersion'>, settings: SurveySettings, completeCount: number, now = new Date()): SurveyStatus {
  if (survey.latestVersion === null) return 'draft';
  if (survey.status === 'closed') return 'closed';
  if (settings.opensAt && now < new Date(settings.opensAt)) return 'not_yet_open';
  if (settings.closesAt && now >= new Date(settings.closesAt)) return 'closed';
  if (settings.responseLimit !== null && completeCount >= settings.responseLimit) return 'full';
  return 'open';
}

export const settingsOf = (survey: Pick<store.SurveyRow, 'settings'>): SurveySettings => SurveySettings.parse(survey.settings ?? {});

/** A survey's title as its respondents see it (its latest published version, else its draft), in a language. */
export async function customerFacingTitle(db: Db, workspaceId: string, survey: Pick<store.SurveyRow, 'id' | 'latestVersion' | 'draft'>, language: string): Promise<string> {
  const version = survey.latestVersion === null ? null : await store.findSurveyVersion(db, workspaceId, survey.id, survey.latestVersion);
  const parsed = SurveyDefinition.safeParse(version?.definition ?? survey.draft);
  return parsed.success ? surveyTitleIn(parsed.data, language) : '';
}

// No 0/o, 1/l/i: people type these links from paper and screens.
const slugAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const newSlug = () => Array.from({ length: 12 }, () => slugAlphabet[randomInt(slugAlphabet.length)]).join('');

/** A first survey for someone starting from nothing: one NPS question, in the workspace's language. */
function blankSurvey(language: string): SurveyDefinitionInput {
  return {
    schemaVersion: 1,
    defaultLanguage: language,
    languages: [language],
    title: { [language]: '' },
    pages: [{ id: 'page_1', questions: [{ id: 'nps', type: 'nps', text: { [language]: '' }, required: true }] }],
    endings: [{ id: 'thanks', title: { [language]: '' } }],
  };
}

export async function createSurvey(db: Db, options: { workspaceId: string; name: string; definition?: unknown; templateId?: string; language: string; userId: string | null; actor: AuditActor }) {
  let draft: unknown = options.definition;
  if (options.templateId) {
    const template = surveyTemplates.find((t) => t.id === options.templateId);
    if (!template) throw new AppError('invalid_input', 'survey.noSuchTemplate', { params: { template: options.templateId }, errors: [{ path: 'body.templateId', key: 'field.mustBeOneOf', params: { values: surveyTemplates.map((t) => t.id).join(', ') } }] });
    draft = templateDefinitionIn(template, options.language);
  }
  const definition = parseDefinition(draft ?? blankSurvey(options.language));
  return db.transaction(async (tx) => {
    const survey = await store.insertSurvey(tx, {
      workspaceId: options.workspaceId,
      id: newId(),
      name: options.name,
      slug: newSlug(),
      draft: definition,
      settings: SurveySettings.parse({}),
      createdByUserId: options.userId,
    });
    await recordAudit(tx, options.actor, { workspaceId: options.workspaceId, action: 'survey.created', target: { type: 'survey', id: survey.id }, details: { name: survey.name, templateId: options.templateId ?? null } });
    return survey;
  });
}

/**
 * Saves the draft, the name or the settings; settings not named in the request keep their values.
 * The draft and the name are replaced whole, so a save that says which `draftRevision` it started
 * from is refused when someone else saved since: nobody overwrites another's work unseen.
 */
export async function updateSurvey(db: Db, options: { workspaceId: string; surveyId: string; name?: string; definition?: unknown; settings?: unknown; baseRevision?: number }) {
  return db.transaction(async (tx) => {
    const current = await store.findSurvey(tx, options.workspaceId, options.surveyId, { forUpdate: true });
    if (!current) throw notFound('survey.notFound');
    const patch: Parameters<typeof store.updateSurvey>[3] = {};
    const changesDraft = options.name !== undefined || options.definition !== undefined;
    if (changesDraft && options.baseRevision !== undefined && options.baseRevision !== current.draftRevision) {
      throw new AppError('edit_conflict', 'survey.editConflict', {
        params: { baseRevision: options.baseRevision, currentRevision: current.draftRevision },
        errors: [{ path: 'body.baseRevision', key: 'field.revisionBehind', params: { baseRevision: options.baseRevision, currentRevision: current.draftRevision } }],
      });
    }
    if (options.name !== undefined) patch.name = options.name;
    if (options.definition !== undefined) patch.draft = parseDefinition(options.definition);
    if (changesDraft) patch.draftRevision = current.draftRevision + 1;
    if (options.settings !== undefined) {
      if (typeof options.settings !== 'object' || options.settings === null || Array.isArray(options.settings)) {
        throw invalidInput([{ path: 'body.settings', key: 'field.settingsMustBeObject' }]);
      }
      patch.settings = parseSettings({ ...settingsOf(current), ...options.settings });
    }
    return (await store.updateSurvey(tx, options.workspaceId, options.surveyId, patch))!;
  });
}

/** Publishes the draft as a new, immutable version; refused while the logic check finds errors. */
export async function publishSurvey(db: Db, options: { workspaceId: string; surveyId: string; userId: string | null; actor: AuditActor }) {
  return db.transaction(async (tx) => {
    const survey = await store.findSurvey(tx, options.workspaceId, options.surveyId, { forUpdate: true });
    if (!survey) throw notFound('survey.notFound');
    const definition = parseDefinition(survey.draft);
    const errors = checkSurveyLogic(definition).filter((p) => p.severity === 'error');
    if (errors.length) {
      throw new AppError('invalid_input', errors.length > 1 ? 'survey.cannotPublishMore' : 'survey.cannotPublish', {
        params: { path: errors[0]!.path, more: errors.length - 1 },
        errors: fieldProblemsSaid(errors, 'definition'),
      });
    }
    const version = (survey.latestVersion ?? 0) + 1;
    await store.insertSurveyVersion(tx, { workspaceId: options.workspaceId, surveyId: survey.id, version, definition, publishedByUserId: options.userId });
    const updated = await store.updateSurvey(tx, options.workspaceId, survey.id, { latestVersion: version, status: 'published' });
    await recordAudit(tx, options.actor, { workspaceId: options.workspaceId, action: 'survey.published', target: { type: 'survey', id: survey.id }, details: { version } });
    return updated!;
  });
}

export async function setSurveyClosed(db: Db, options: { workspaceId: string; surveyId: string; isClosed: boolean; actor: AuditActor }) {
  return db.transaction(async (tx) => {
    const survey = await store.findSurvey(tx, options.workspaceId, options.surveyId, { forUpdate: true });
    if (!survey) throw notFound('survey.notFound');
    if (survey.latestVersion === null) throw new AppError('conflict', 'survey.neverPublished');
    const updated = await store.updateSurvey(tx, options.workspaceId, survey.id, { status: options.isClosed ? 'closed' : 'published' });
    await recordAudit(tx, options.actor, { workspaceId: options.workspaceId, action: options.isClosed ? 'survey.closed' : 'survey.reopened', target: { type: 'survey', id: survey.id } });
    return updated!;
  });
}

const parseDefinition = (input: unknown) => parseOrExplain(SurveyDefinition, input, 'definition');
const parseSettings = (input: unknown) => parseOrExplain(SurveySettings, input, 'settings');

/** Parses a part of the request body, or says, field by field, what is wrong with it. */
function parseOrExplain<S extends z.ZodType>(schema: S, input: unknown, field: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('invalid_input', 'survey.partInvalid', {
    params: { part: field },
    errors: fieldProblemsFrom(result.error.issues, `body.${field}`, input),
  });
}
