import type { ContactBudget, Priority } from '../../../src/engine/invitations/budget.js';
import type { EmailTemplate, EmailTemplateInput, TemplateKind } from '../../../src/engine/invitations/templates.js';
import { api, request } from './client.js';

/** Calls about invitation mail templates and the contact budget (how often anyone may be asked). */

export type { ContactBudget, EmailTemplate, EmailTemplateInput, Priority, TemplateKind };

export interface EmailPreviewRequest {
  /** A saved template; leave out and give `template` to preview one as it is being edited. */
  templateId?: string;
  template?: EmailTemplateInput;
  kind?: TemplateKind;
  surveyId: string;
  /** Leave out for the newest contact with an email address. */
  contactId?: string;
  /** Leave out for the contact's language (if the template has it), else the survey's. */
  language?: string;
  embedFirstQuestion?: boolean;
}

export interface EmailPreview {
  language: string;
  subject: string;
  text: string;
  html: string;
  /** Null when the workspace has no contact with an email: an example person is used. */
  contact: { id: string; name: string | null; email: string | null } | null;
}

export interface BudgetSettings {
  budget: ContactBudget;
  /** Surveys not listed are `normal`. */
  surveyPriorities: Record<string, Priority>;
}

export interface BudgetCheck {
  isAllowed: boolean;
  priority: Priority;
  /** Why the contact is held back, in words (or `unsubscribed`); null when they may be asked. */
  reason: string | null;
  /** When they may be asked again; null when they may be asked now, or never (unsubscribed). */
  nextAllowedAt: string | null;
}

const root = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}`;
const templatesRoot = (workspaceId: string) => `${root(workspaceId)}/email-templates`;
const oneTemplate = (workspaceId: string, templateId: string) => `${templatesRoot(workspaceId)}/${encodeURIComponent(templateId)}`;

/** The built-in templates first, then the workspace's own. */
export async function listEmailTemplates(workspaceId: string): Promise<EmailTemplate[]> {
  return (await api.get<{ templates: EmailTemplate[] }>(templatesRoot(workspaceId))).templates;
}

export function getEmailTemplate(workspaceId: string, templateId: string): Promise<EmailTemplate> {
  return api.get<EmailTemplate>(oneTemplate(workspaceId, templateId));
}

export function createEmailTemplate(workspaceId: string, input: EmailTemplateInput): Promise<EmailTemplate> {
  return api.post<EmailTemplate>(templatesRoot(workspaceId), input);
}

/** Replaces a workspace template; built-in ones answer 409. */
export function replaceEmailTemplate(workspaceId: string, templateId: string, input: EmailTemplateInput): Promise<EmailTemplate> {
  return request<EmailTemplate>('PUT', oneTemplate(workspaceId, templateId), input);
}

/** Deletes a workspace template; 409 while a distribution uses it. */
export function deleteEmailTemplate(workspaceId: string, templateId: string): Promise<void> {
  return api.delete(oneTemplate(workspaceId, templateId));
}

export function previewEmail(workspaceId: string, body: EmailPreviewRequest, signal?: AbortSignal): Promise<EmailPreview> {
  return api.post<EmailPreview>(`${templatesRoot(workspaceId)}/preview`, body, signal ? { signal } : {});
}

export function getContactBudget(workspaceId: string): Promise<BudgetSettings> {
  return api.get<BudgetSettings>(`${root(workspaceId)}/contact-budget`);
}

export function saveContactBudget(workspaceId: string, settings: BudgetSettings): Promise<BudgetSettings> {
  return request<BudgetSettings>('PUT', `${root(workspaceId)}/contact-budget`, settings);
}

/** Whether the budget would let this contact be asked now for this survey; asks nobody. */
export function checkContactBudget(workspaceId: string, body: { contactId: string; surveyId: string }): Promise<BudgetCheck> {
  return api.post<BudgetCheck>(`${root(workspaceId)}/contact-budget/check`, body);
}
