import { and, eq, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { escapeHtml } from '../../engine/html.js';
import { pickLanguage } from '../../engine/i18n/locales.js';
import type { Db } from '../../platform/db/database.js';
import { defineRoute } from '../../platform/http/route.js';
import type { PlatformServices } from '../../platform/services.js';
import { recordEvent } from '../../platform/events/events.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import { findContact } from '../contacts/store.js';
import { contacts, invitations } from '../schema.js';
import { isOpenUnreliable, readOpenToken, readUnsubscribeToken } from './tracking.js';

/**
 * The links in an invitation mail that are not the survey: unsubscribe (a page with one button;
 * a mail client's one-click POST, RFC 8058) and the open image. Neither changes anything on a GET
 * but the open mark, so a scanner following links cannot unsubscribe anyone.
 */

const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const pageCsp = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const words = {
  en: { title: 'Unsubscribe from surveys', ask: 'Do you want to stop receiving survey invitations from {name}?', button: 'Unsubscribe', done: 'You are unsubscribed. {name} will not send you survey invitations any more.', invalid: 'This unsubscribe link is not valid. Open it from the message again, without changing it.' },
  fi: { title: 'Peru kyselyviestit', ask: 'Haluatko lopettaa kyselykutsujen vastaanottamisen lähettäjältä {name}?', button: 'Peru tilaus', done: 'Tilaus on peruttu. {name} ei enää lähetä sinulle kyselykutsuja.', invalid: 'Tämä peruutuslinkki ei ole kelvollinen. Avaa se viestistä uudelleen muuttamatta sitä.' },
  pl: { title: 'Wypisz się z ankiet', ask: 'Czy chcesz przestać otrzymywać zaproszenia do ankiet od {name}?', button: 'Wypisz się', done: 'Wypisano. {name} nie będzie już wysyłać Ci zaproszeń do ankiet.', invalid: 'Ten link do wypisania jest nieprawidłowy. Otwórz go ponownie z wiadomości, bez zmian.' },
} as const;


const asPage = (reply: FastifyReply) => reply.header('content-security-policy', pageCsp).header('referrer-policy', 'no-referrer').header('cache-control', 'no-store').type('text/html; charset=utf-8');

function page(language: keyof typeof words, title: string, body: string) {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f4f5f7;color:#1d2430;margin:0;padding:2rem 1rem;line-height:1.5}main{max-width:32rem;margin:0 auto;background:#fff;border-radius:8px;padding:2rem}h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}button{font:inherit;background:#1f5fbf;color:#fff;border:0;border-radius:6px;padding:.75rem 1.25rem;cursor:pointer}button:focus-visible{outline:3px solid #0b3d91;outline-offset:2px}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function invitationPublicRoutes({ db, linkSigningKey, events }: PlatformServices) {
  const languageFor = async (workspaceId: string, contactId: string, acceptLanguage: string | undefined) => {
    const contact = await findContact(db, workspaceId, contactId);
    const preferences = [contact?.language, ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]!.trim())].filter((value): value is string => Boolean(value));
    return { contact, language: pickLanguage(preferences, ['en', 'fi', 'pl'] as const, 'en') };
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/u/:token',
      summary: 'The unsubscribe page of an invitation mail: one button, in the recipient\'s language; the GET itself changes nothing',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: z.object({ token: z.string().max(1000) }),
      handler: async ({ params, request, reply }) => {
        const token = readUnsubscribeToken(linkSigningKey, params.token);
        if (!token) return asPage(reply).code(404).send(page('en', words.en.title, `<p>${escapeHtml(words.en.invalid)}</p>`));
        void asPage(reply);
        const { contact, language } = await languageFor(token.w, token.c, request.headers['accept-language']);
        const w = words[language];
        const name = (await findWorkspace(db, token.w))?.name ?? '';
        if (contact?.unsubscribedAt) return reply.send(page(language, w.title, `<p role="status">${escapeHtml(w.done.replaceAll('{name}', name))}</p>`));
        return reply.send(page(language, w.title, `<p>${escapeHtml(w.ask.replaceAll('{name}', name))}</p><form method="post"><button type="submit">${escapeHtml(w.button)}</button></form>`));
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/u/:token',
      summary: 'Unsubscribe: from the page\'s button, or a mail client\'s one-click POST (List-Unsubscribe=One-Click, RFC 8058)',
      tags: ['respondent'],
      access: { kind: 'public' },
      acceptsForms: true,
      params: z.object({ token: z.string().max(1000) }),
      handler: async ({ params, request, reply }) => {
        const token = readUnsubscribeToken(linkSigningKey, params.token);
        if (!token) return asPage(reply).code(404).send(page('en', words.en.title, `<p>${escapeHtml(words.en.invalid)}</p>`));
        void asPage(reply);
        if (await unsubscribe(db, token.w, token.c, 'link')) await events.dispatchSoon();
        const { language } = await languageFor(token.w, token.c, request.headers['accept-language']);
        const name = (await findWorkspace(db, token.w))?.name ?? '';
        return reply.send(page(language, words[language].title, `<p role="status">${escapeHtml(words[language].done.replaceAll('{name}', name))}</p>`));
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/o/:token',
      summary: 'The open image of an invitation mail: marks the invitation opened (or possibly opened by a scanner)',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: z.object({ token: z.string().max(1000) }),
      handler: async ({ params, request, reply }) => {
        const token = readOpenToken(linkSigningKey, params.token);
        if (token) await markOpened(db, token.w, token.i, request.headers['user-agent'] ?? null);
        return reply.header('cache-control', 'no-store, private').type('image/gif').send(pixel);
      },
    }),
  ];
}

/**
 * Stops every survey invitation to a contact, in every channel; idempotent. The first time, a
 * `contact.unsubscribed` event tells webhooks (a CRM keeps its own opt-out in step).
 */
export async function unsubscribe(db: Db, workspaceId: string, contactId: string, how: 'link' | 'complaint'): Promise<boolean> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(contacts)
      .set({ unsubscribedAt: now, updatedAt: now })
      .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId), sql`${contacts.unsubscribedAt} is null`))
      .returning();
    await tx.update(invitations).set({ nextReminderAt: null }).where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.contactId, contactId), sql`${invitations.nextReminderAt} is not null`));
    if (changed) {
      await recordEvent(tx, { workspaceId, type: 'contact.unsubscribed', data: { contactId, externalId: changed.externalId, email: changed.email, how, unsubscribedAt: now.toISOString() } });
    }
    return Boolean(changed);
  });
}

async function markOpened(db: Db, workspaceId: string, invitationId: string, userAgent: string | null) {
  const [row] = await db.select({ sentAt: invitations.sentAt }).from(invitations).where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, invitationId))).limit(1);
  if (!row) return;
  const isUnreliable = isOpenUnreliable(userAgent, row.sentAt, new Date());
  // The first open is kept; a later open by a person makes an earlier doubtful one count.
  await db
    .update(invitations)
    .set({ openedAt: sql`coalesce(${invitations.openedAt}, now())`, isOpenUnreliable: sql`case when ${invitations.openedAt} is null then ${isUnreliable} else ${invitations.isOpenUnreliable} and ${isUnreliable} end` })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, invitationId)));
}
