import { invitationPlaceholders, unknownInvitationPlaceholders } from '../../../../src/engine/invitations/templates.js';
import type { EmailTemplate, EmailTemplateInput, TemplateKind } from '../../api/emailTemplates.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

/**
 * The template editor's form: one block of texts per language, kept as typed, and turned into the
 * body the server takes. Problems are named at the paths the server uses (`translations.fi.subject`),
 * so a local check and a refusal from the server land at the same field.
 */

export { invitationPlaceholders };

/** The languages Kuulo's own words come in; a template may hold any language tag. */
export const templateLanguages = ['en', 'fi', 'pl'] as const;

export const translationParts = ['subject', 'body', 'buttonLabel'] as const;
export type TranslationPart = (typeof translationParts)[number];

export interface TranslationForm {
  language: string;
  subject: string;
  body: string;
  /** Empty: the mail's default label ("Open the survey" in the recipient's language). */
  buttonLabel: string;
}

export interface TemplateForm {
  name: string;
  kind: TemplateKind;
  translations: TranslationForm[];
}

export type Problems = Record<string, { key: MessageKey; params?: MessageParams }>;

const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const emptyTranslation = (language: string): TranslationForm => ({ language, subject: '', body: '', buttonLabel: '' });

export function newTemplateForm(kind: TemplateKind = 'invitation', language = 'en'): TemplateForm {
  return { name: '', kind, translations: [emptyTranslation(language)] };
}

export function templateToForm(template: Pick<EmailTemplate, 'name' | 'kind' | 'translations'>): TemplateForm {
  return {
    name: template.name,
    kind: template.kind,
    translations: Object.entries(template.translations).map(([language, text]) => ({ language, subject: text.subject, body: text.body, buttonLabel: text.buttonLabel ?? '' })),
  };
}

/** A copy of a template (a built-in one, say) to make the workspace's own, under a name the caller words. */
export function duplicateForm(template: Pick<EmailTemplate, 'name' | 'kind' | 'translations'>, name: string): TemplateForm {
  return { ...templateToForm(template), name };
}

export function toTemplateInput(form: TemplateForm): EmailTemplateInput {
  const translations: EmailTemplateInput['translations'] = {};
  for (const text of form.translations) {
    const buttonLabel = text.buttonLabel.trim();
    translations[text.language.trim()] = { subject: text.subject.trim(), body: text.body.trim(), ...(buttonLabel ? { buttonLabel } : {}) };
  }
  return { name: form.name.trim(), kind: form.kind, translations };
}

export const partPath = (language: string, part: TranslationPart) => `translations.${language}.${part}`;

/** Unknown placeholders, checked as the server checks them; shown as the person types. */
export function placeholderProblems(form: TemplateForm): Problems {
  const problems: Problems = {};
  for (const text of form.translations) {
    for (const part of translationParts) {
      const unknown = unknownInvitationPlaceholders(text[part]);
      if (unknown.length) problems[partPath(text.language, part)] = { key: 'emailTemplates.unknownPlaceholder', params: { name: `{{${unknown[0]}}}` } };
    }
  }
  return problems;
}

/** Everything the server would refuse, checked before saving. */
export function checkTemplateForm(form: TemplateForm): Problems {
  const problems: Problems = {};
  if (!form.name.trim()) problems['name'] = { key: 'field.required' };
  if (form.translations.length === 0) problems['translations'] = { key: 'emailTemplates.needsLanguage' };
  const seen = new Set<string>();
  form.translations.forEach((text) => {
    const language = text.language.trim();
    if (!languagePattern.test(language)) problems[`translations.${language}`] = { key: 'emailTemplates.languageFormat' };
    else if (seen.has(language)) problems[`translations.${language}`] = { key: 'emailTemplates.languageTwice' };
    seen.add(language);
    if (!text.subject.trim()) problems[partPath(language, 'subject')] = { key: 'field.required' };
    if (!text.body.trim()) problems[partPath(language, 'body')] = { key: 'field.required' };
  });
  return { ...problems, ...placeholderProblems(form) };
}

/** Every path the editor shows a problem at, for the summary above it to leave those out. */
export function templatePaths(form: TemplateForm): string[] {
  const paths = ['name', 'kind', 'translations'];
  for (const text of form.translations) paths.push(`translations.${text.language}`, ...translationParts.map((part) => partPath(text.language, part)));
  return paths;
}

/** Languages one may still add: Kuulo's own first, then the common survey languages. */
export function addableLanguages(form: TemplateForm, common: readonly string[]): string[] {
  const used = new Set(form.translations.map((text) => text.language));
  return [...new Set([...templateLanguages, ...common])].filter((language) => !used.has(language));
}

/** `text` with `insert` put in place of the selection from `start` to `end`, and where the cursor goes after it. */
export function insertAt(text: string, insert: string, start: number | null, end: number | null): { text: string; cursor: number } {
  const from = start ?? text.length;
  const to = end ?? from;
  return { text: text.slice(0, from) + insert + text.slice(to), cursor: from + insert.length };
}
