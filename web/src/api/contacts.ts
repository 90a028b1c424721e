import { api } from './client.js';
import type { Page } from './types.js';
import type { ResponseChannel, ResponseState } from './surveys.js';

/** Calls about a workspace's contacts and their CSV imports (the Collect room). */

export type AttributeValue = string | number | boolean;

export interface Contact {
  id: string;
  externalId: string | null;
  email: string | null;
  name: string | null;
  language: string | null;
  attributes: Record<string, AttributeValue>;
  /** When they unsubscribed from surveys (every channel honours it); null: they have not. */
  unsubscribedAt: string | null;
  /** null: mail reaches them; bounced or complained: no survey mail goes to the address. */
  emailStatus: EmailStatus | null;
  emailStatusReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export type EmailStatus = 'bounced' | 'complained';

/** One time the contact was asked for feedback: an invitation sent, a personal link, the widget. */
export interface ContactTouch {
  at: string;
  channel: 'email' | 'link' | 'widget' | (string & {});
  surveyId: string | null;
  surveyName: string | null;
  priority: 'low' | 'normal' | 'high' | (string & {});
}

export interface ContactResponse {
  id: string;
  surveyId: string;
  surveyName: string;
  state: ResponseState;
  channel: ResponseChannel;
  startedAt: string;
  completedAt: string | null;
}

export interface ContactDetail extends Contact {
  responses: ContactResponse[];
}

export interface ContactInput {
  externalId?: string | null;
  email?: string | null;
  name?: string | null;
  language?: string | null;
  attributes?: Record<string, AttributeValue>;
}

export type ContactImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ContactImport {
  id: string;
  status: ContactImportStatus;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  failures: { line: number; problem: string }[];
}

function contactsRoot(workspaceId: string): string {
  return `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/contacts`;
}

export function listContacts(workspaceId: string, options: { search?: string; before?: string | null; limit?: number } = {}): Promise<Page<Contact>> {
  const query = new URLSearchParams();
  if (options.search) query.set('search', options.search);
  query.set('limit', String(options.limit ?? 50));
  if (options.before) query.set('before', options.before);
  return api.get<Page<Contact>>(`${contactsRoot(workspaceId)}?${query.toString()}`);
}

export function createContact(workspaceId: string, input: ContactInput): Promise<Contact> {
  return api.post<Contact>(contactsRoot(workspaceId), input);
}

export function getContact(workspaceId: string, contactId: string): Promise<ContactDetail> {
  return api.get<ContactDetail>(`${contactsRoot(workspaceId)}/${encodeURIComponent(contactId)}`);
}

/** The contact's asks, newest first (the last hundred). */
export async function listContactTouches(workspaceId: string, contactId: string): Promise<ContactTouch[]> {
  return (await api.get<{ touches: ContactTouch[] }>(`${contactsRoot(workspaceId)}/${encodeURIComponent(contactId)}/touches`)).touches;
}

export function updateContact(workspaceId: string, contactId: string, input: ContactInput): Promise<Contact> {
  return api.patch<Contact>(`${contactsRoot(workspaceId)}/${encodeURIComponent(contactId)}`, input);
}

export function deleteContact(workspaceId: string, contactId: string): Promise<void> {
  return api.delete(`${contactsRoot(workspaceId)}/${encodeURIComponent(contactId)}`);
}

export function startContactImport(workspaceId: string, csv: string): Promise<ContactImport> {
  return api.post<ContactImport>(`${contactsRoot(workspaceId)}/imports`, { csv });
}

export function getContactImport(workspaceId: string, importId: string): Promise<ContactImport> {
  return api.get<ContactImport>(`${contactsRoot(workspaceId)}/imports/${encodeURIComponent(importId)}`);
}
