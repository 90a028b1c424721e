import { z } from 'zod';
import { notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { JobDefinition } from '../../platform/jobs/job-queue.js';
import type { PlatformServices } from '../../platform/services.js';
import { newId } from '../../platform/db/ids.js';
import { changeContact, ContactFields, contactView, createContact } from './contacts.js';
import { readContactsCsv } from './csv-import.js';
import { findContactImport, insertContactImport, type ContactImportRow } from './import-store.js';
import { deleteContact, findContact, listContactResponses, listContacts } from './store.js';

const ContactParams = WorkspaceParams.extend({ contactId: Id });

const importView = (row: ContactImportRow) => ({
  id: row.id,
  status: row.status,
  totalRows: row.totalRows,
  processedRows: row.processedRows,
  created: row.created,
  updated: row.updated,
  failures: row.failures as { line: number; problem: string }[],
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export function contactRoutes({ db, jobs }: PlatformServices, importJob: JobDefinition) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/contacts',
      summary: 'Contacts, newest first; search by name, email or external id',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.read' },
      params: WorkspaceParams,
      query: z
        .object({
          search: z.string().trim().max(200).optional(),
          before: Id.optional(),
          limit: z.coerce.number().int().min(1, { error: 'must be at least 1' }).max(500, { error: 'must be at most 500' }).default(50),
        })
        .strict(),
      handler: async ({ params, query }) => {
        const rows = await listContacts(db, params.workspaceId, { search: query.search || undefined, beforeId: query.before, limit: query.limit + 1 });
        const page = rows.slice(0, query.limit);
        return { items: page.map(contactView), nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/contacts',
      summary: 'Create a contact (it needs an external id or an email)',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.manage' },
      params: WorkspaceParams,
      body: ContactFields,
      status: 201,
      handler: async ({ params, body }) => contactView(await createContact(db, params.workspaceId, body)),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/contacts/:contactId',
      summary: 'A contact with their responses',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.read' },
      params: ContactParams,
      handler: async ({ params }) => {
        const contact = await findContact(db, params.workspaceId, params.contactId);
        if (!contact) throw notFound('contact.notFound');
        const responses = await listContactResponses(db, params.workspaceId, params.contactId);
        return {
          ...contactView(contact),
          responses: responses.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), completedAt: r.completedAt?.toISOString() ?? null })),
        };
      },
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/contacts/:contactId',
      summary: 'Change a contact; `attributes` replaces the whole set',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.manage' },
      params: ContactParams,
      body: ContactFields,
      handler: async ({ params, body }) => contactView(await changeContact(db, params.workspaceId, params.contactId, body)),
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/contacts/:contactId',
      summary: 'Delete a contact; their responses stay, no longer linked to them',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.manage' },
      params: ContactParams,
      handler: async ({ params }) => {
        if (!(await deleteContact(db, params.workspaceId, params.contactId))) throw notFound('contact.notFound');
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/contacts/imports',
      summary: 'Import contacts from CSV (header row; external_id, email, name, language; other columns become attributes); runs in the background',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.manage' },
      params: WorkspaceParams,
      body: z.object({ csv: z.string({ error: 'must be the CSV file\'s text' }).min(1, { error: 'is empty' }).max(20_000_000, { error: 'is larger than 20 MB' }) }).strict(),
      bodyLimit: 25 * 1024 * 1024,
      status: 202,
      handler: async (context) => {
        const { params, body } = context;
        const { rows } = readContactsCsv(body.csv);
        const row = await insertContactImport(db, {
          workspaceId: params.workspaceId,
          id: newId(),
          csv: body.csv,
          totalRows: rows.length,
          createdByUserId: context.principal?.type === 'user' ? context.principal.userId : null,
        });
        await jobs.send(importJob, { workspaceId: params.workspaceId, importId: row.id });
        return importView(row);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/contacts/imports/:importId',
      summary: 'How a contacts import is going: rows done, created, updated, and the rows it could not take, by line',
      tags: ['contacts'],
      access: { kind: 'workspace', permission: 'contacts.read' },
      params: WorkspaceParams.extend({ importId: Id }),
      handler: async ({ params }) => {
        const row = await findContactImport(db, params.workspaceId, params.importId);
        if (!row) throw notFound('contactImport.notFound');
        return importView(row);
      },
    }),
  ];
}
