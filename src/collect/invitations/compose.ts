import { builtInTemplates, EmailTemplateInput, translationFor, type EmailTemplate, type TemplateKind } from '../../engine/invitations/templates.js';
import { embeddableQuestion, renderInvitationMail, type RenderedMail } from '../../engine/invitations/render.js';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { pipe, surveyTitleIn } from '../../engine/survey/text.js';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { fieldProblemsFrom, invalidFields } from '../../platform/errors/app-error.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import { issuePersonalLink } from '../surveys/personal-links.js';
import * as surveyStore from '../surveys/store.js';
import { findTemplateRow, type TemplateRow } from './store.js';
import { openPixelUrl, unsubscribeUrl } from './tracking.js';

/**
 * Turns an invitation into the mail its recipient gets: the template in their language, their
 * personal single-use link (named by the invitation, so the response finds it), the embedded first
 * question, unsubscribe link and headers, and the open image. The preview uses the same path.
 */

export const templateOfRow = (row: TemplateRow): EmailTemplate => ({ id: row.id, name: row.name, kind: row.kind as TemplateKind, translations: row.translations as EmailTemplate['translations'], isBuiltIn: false });

/** A template by id (a built-in's too), or the built-in of its kind for null. */
export async function loadTemplate(db: Db, workspaceId: string, id: string | null, kind: TemplateKind): Promise<EmailTemplate | null> {
  if (id === null) return builtInTemplates.find((template) => template.kind === kind)!;
  const builtIn = builtInTemplates.find((template) => template.id === id);
  if (builtIn) return builtIn;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await findTemplateRow(db, workspaceId, id);
  return row ? templateOfRow(row) : null;
}

/** What a batch of invitations to one survey shares: looked up once. */
export interface SurveyMailContext {
  workspaceName: string;
  survey: { id: string; name: string; slug: string; workspaceId: string };
  definition: SurveyDefinition;
}

export async function loadSurveyMailContext(db: Db, workspaceId: string, surveyId: string): Promise<SurveyMailContext | null> {
  const survey = await surveyStore.findSurvey(db, workspaceId, surveyId);
  if (!survey || survey.latestVersion === null) return null;
  const version = await surveyStore.findSurveyVersion(db, workspaceId, surveyId, survey.latestVersion);
  const workspace = await findWorkspace(db, workspaceId);
  return { workspaceName: workspace?.name ?? '', survey, definition: SurveyDefinition.parse(version!.definition) };
}

export interface MailRecipient {
  invitationId: string;
  contactId: string;
  email: string;
  name: string | null;
  language: string | null;
  attributes: Record<string, unknown>;
  context: Record<string, string>;
}

export interface ComposedMail extends RenderedMail {
  language: string;
  surveyLink: string;
  headers: Record<string, string>;
}

export function composeInvitation(
  options: { config: Pick<Config, 'publicUrl'>; linkSigningKey: Buffer; survey: SurveyMailContext; template: Pick<EmailTemplate, 'translations'>; embedFirstQuestion: boolean; expiresAt: Date; withOpenPixel: boolean },
  recipient: MailRecipient,
): ComposedMail {
  const { definition } = options.survey;
  const wanted = recipient.language ?? definition.defaultLanguage;
  const { language, translation } = translationFor(options.template, wanted, definition.defaultLanguage);
  // The survey page opens in the language the mail was written in, when the survey has it.
  const surveyLanguage = definition.languages.includes(language) ? language : definition.defaultLanguage;
  const token = issuePersonalLink(options.linkSigningKey, {
    workspaceId: options.survey.survey.workspaceId,
    surveyId: options.survey.survey.id,
    linkId: recipient.invitationId,
    contactId: recipient.contactId,
    hidden: recipient.context,
    expiresAt: options.expiresAt,
    isSingleUse: true,
    channel: 'email',
  });
  const surveyLink = `${options.config.publicUrl}/s/${options.survey.survey.slug}?lang=${encodeURIComponent(surveyLanguage)}&t=${token}`;
  const unsubscribeLink = unsubscribeUrl(options.config.publicUrl, options.linkSigningKey, { workspaceId: options.survey.survey.workspaceId, contactId: recipient.contactId, id: recipient.invitationId });
  const pipeValues = { ...(recipient.attributes as Record<string, string>), ...recipient.context };
  const rendered = renderInvitationMail({
    translation,
    language,
    values: {
      contact: { name: recipient.name, email: recipient.email, attributes: recipient.attributes },
      // The survey's own name is for the team; the customer reads the title the survey page shows.
      surveyTitle: pipe(surveyTitleIn(definition, language), pipeValues),
      workspaceName: options.survey.workspaceName,
      surveyLink,
      unsubscribeLink,
      context: recipient.context,
    },
    embedded: options.embedFirstQuestion ? embeddableQuestion(definition, surveyLanguage, pipeValues) : null,
    openPixelUrl: options.withOpenPixel ? openPixelUrl(options.config.publicUrl, options.linkSigningKey, { workspaceId: options.survey.survey.workspaceId, id: recipient.invitationId }) : null,
  });
  return {
    ...rendered,
    language,
    surveyLink,
    // RFC 8058: a mail client's own unsubscribe button posts to the link, one click, no page.
    headers: { 'List-Unsubscribe': `<${unsubscribeLink}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
  };
}

/** A template as written in an API call, checked like a saved one. */
export function parseTemplateInput(input: unknown, path: string): EmailTemplateInput {
  const parsed = EmailTemplateInput.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidFields(fieldProblemsFrom(parsed.error.issues, path, input));
}
