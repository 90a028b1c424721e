import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { builtInTemplates, EmailTemplateInput, templateKinds } from '../../engine/invitations/templates.js';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidInput, invalidInputFrom, notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { contacts, distributions } from '../schema.js';
import { findContact } from '../contacts/store.js';
import { composeInvitation, loadSurveyMailContext, loadTemplate, parseTemplateInput, templateOfRow } from './compose.js';
import * as store from './store.js';

const TemplateParams = WorkspaceParams.extend({ templateId: z.string().min(1).max(100) });

const PreviewRequest = z
  .object({
    templateId: z.string().min(1).max(100).optional(),
    /** An unsaved template, as the editor has it. */
    template: z.unknown().optional(),
    kind: z.enum(templateKinds).default('invitation'),
    surveyId: Id,
    contactId: Id.optional(),
    language: z.string().max(35).optional(),
    embedFirstQuestion: z.boolean().default(false),
  })
  .strict();

/** The workspace's invitation and reminder templates beside the built-in ones, and a preview for a real contact. */
export function templateRoutes({ db, config, linkSigningKey }: PlatformServices) {
  const bodyOf = (body: unknown) => {
    const parsed = EmailTemplateInput.safeParse(body);
    if (!parsed.success) throw invalidInputFrom(parsed.error.issues, 'body', body);
    return parsed.data;
  };
  const loadOwn = async (workspaceId: string, templateId: string) => {
    if (builtInTemplates.some((template) => template.id === templateId)) throw new AppError('conflict', 'template.builtInFixed');
    const row = /^[0-9a-f-]{36}$/i.test(templateId) ? await store.findTemplateRow(db, workspaceId, templateId) : null;
    if (!row) throw notFound('template.notFound');
    return row;
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/email-templates',
      summary: 'Invitation and reminder templates: the built-in ones (English, Finnish, Polish), then the workspace\'s',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => ({ templates: [...builtInTemplates, ...(await store.listTemplates(db, params.workspaceId)).map(templateOfRow)] }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/email-templates',
      summary: 'Create a template; an unknown placeholder is refused here, not when mail is sent',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: WorkspaceParams,
      body: z.unknown(),
      status: 201,
      handler: async ({ params, body }) => {
        const input = bodyOf(body);
        return templateOfRow(await store.insertTemplate(db, { workspaceId: params.workspaceId, ...input }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/email-templates/preview',
      summary: 'A template (saved or as being edited) rendered for a real contact: subject, text and HTML',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: WorkspaceParams,
      body: PreviewRequest,
      handler: async ({ params, body }) => preview(db, config, linkSigningKey, params.workspaceId, body),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/email-templates/:templateId',
      summary: 'One template (a built-in one\'s id works too)',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.read' },
      params: TemplateParams,
      handler: async ({ params }) => {
        const template = await loadTemplate(db, params.workspaceId, params.templateId, 'invitation');
        if (!template) throw notFound('template.notFound');
        return template;
      },
    }),

    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/email-templates/:templateId',
      summary: 'Change a workspace template',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: TemplateParams,
      body: z.unknown(),
      handler: async ({ params, body }) => {
        await loadOwn(params.workspaceId, params.templateId);
        const input = bodyOf(body);
        return templateOfRow((await store.updateTemplate(db, params.workspaceId, params.templateId, input))!);
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/email-templates/:templateId',
      summary: 'Delete a workspace template no distribution uses',
      tags: ['distributions'],
      access: { kind: 'workspace', permission: 'surveys.manage' },
      params: TemplateParams,
      status: 204,
      handler: async ({ params, reply }) => {
        const row = await loadOwn(params.workspaceId, params.templateId);
        const [user] = await db
          .select({ name: distributions.name })
          .from(distributions)
          .where(and(eq(distributions.workspaceId, params.workspaceId), sql`${distributions.status} not in ('sent', 'cancelled')`, sql`(${distributions.settings} ->> 'invitationTemplateId' = ${row.id} or ${distributions.settings} ->> 'reminderTemplateId' = ${row.id})`))
          .limit(1);
        if (user) throw new AppError('conflict', 'template.inUse', { params: { distribution: user.name } });
        await store.deleteTemplate(db, params.workspaceId, row.id);
        return reply.status(204).send();
      },
    }),
  ];
}

async function preview(db: Db, config: Config, linkSigningKey: Buffer, workspaceId: string, body: z.infer<typeof PreviewRequest>) {
  const template = body.template !== undefined ? parseTemplateInput(body.template, 'body.template') : await loadTemplate(db, workspaceId, body.templateId ?? null, body.kind);
  if (!template) throw invalidInput([{ path: 'body.templateId', key: 'field.notTemplateOfWorkspace' }]);
  const survey = await loadSurveyMailContext(db, workspaceId, body.surveyId);
  if (!survey) throw invalidInput([{ path: 'body.surveyId', key: 'field.notPublishedSurveyOfWorkspace' }]);
  const contact = body.contactId
    ? await findContact(db, workspaceId, body.contactId)
    : ((await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), isNotNull(contacts.email))).orderBy(desc(contacts.id)).limit(1))[0] ?? null);
  if (body.contactId && !contact) throw invalidInput([{ path: 'body.contactId', key: 'field.notContactOfWorkspace' }]);
  const example = { id: '00000000-0000-4000-8000-000000000000', name: 'Maija Meikäläinen', email: 'maija@example.com', language: null, attributes: {} };
  const who = contact ?? example;
  // A preview's links work like real ones but name no invitation, so nothing is recorded from them.
  const mail = composeInvitation(
    { config, linkSigningKey, survey, template, embedFirstQuestion: body.embedFirstQuestion, expiresAt: new Date(Date.now() + 86_400_000), withOpenPixel: false },
    { invitationId: '00000000-0000-4000-8000-000000000000', contactId: who.id, email: who.email ?? '', name: who.name, language: body.language ?? who.language, attributes: who.attributes as Record<string, unknown>, context: {} },
  );
  return { language: mail.language, subject: mail.subject, text: mail.text, html: mail.html, contact: contact ? { id: contact.id, name: contact.name, email: contact.email } : null };
}
