import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { ContactBudget, Priority, Touch } from '../../src/engine/invitations/budget.js';
import type { Db } from '../../src/platform/db/database.js';

/**
 * The invitations benchmark's pieces that are not Kuulo: a local SMTP server that counts what it
 * accepts (keeping no message text, so memory stays flat at 100 000 mails), the reference sender
 * (a pooled nodemailer transport, no database), contacts and touches made in bulk with SQL, and the
 * touch lists the pure budget check is timed on.
 */

/** An in-process SMTP server like test/smtp-peer.ts, counting accepted messages and their bytes. */
export function startSmtpCounter() {
  let accepted = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let size = 0;
      stream.on('data', (chunk: Buffer) => (size += chunk.length));
      stream.on('end', () => {
        accepted++;
        bytes += size;
        callback();
      });
    },
  });
  return {
    get accepted() {
      return accepted;
    },
    get bytes() {
      return bytes;
    },
    reset() {
      accepted = 0;
      bytes = 0;
    },
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SmtpCounter = ReturnType<typeof startSmtpCounter>;

/** Kuulo's pool: nodemailer's defaults with 4 connections (src/platform/mail/mail.ts), and its 4 sending loops (deliver.ts). */
export const poolConnections = 4;

/**
 * TCP_NODELAY for the reference's SMTP sockets. nodemailer leaves Nagle's algorithm on: the end of
 * each message (`.` on its own line) waits for the server's delayed ACK, about 40 ms on Linux, so
 * a connection sends at most about 22 mails a second however fast both ends are. Kuulo opens its
 * own sockets without Nagle (src/platform/mail/mail.ts); the reference gets the same here, so the
 * figures compare the two rather than that wait. Applies to open connections too.
 */
const smtpSockets = new Set<Socket>();
let isNoDelay = false;
let isPatched = false;
export function setSmtpNoDelay(on: boolean): void {
  isNoDelay = on;
  if (!isPatched) {
    isPatched = true;
    const SMTPConnection = createRequire(import.meta.url)('nodemailer/lib/smtp-connection/index.js') as { prototype: { _onConnect: (...args: unknown[]) => unknown } };
    const onConnect = SMTPConnection.prototype._onConnect;
    SMTPConnection.prototype._onConnect = function (this: { _socket?: Socket }, ...args: unknown[]) {
      const socket = this._socket;
      if (socket && !smtpSockets.has(socket)) {
        smtpSockets.add(socket);
        socket.once('close', () => smtpSockets.delete(socket));
        socket.setNoDelay(isNoDelay);
      }
      return onConnect.apply(this, args);
    };
  }
  for (const socket of smtpSockets) socket.setNoDelay(on);
}

const words = 'thank you for choosing us we would love to hear how it went one question takes a minute your answer helps the team improve'.split(' ');
const filler = (chars: number, seed: number) => {
  let text = '';
  for (let i = seed; text.length < chars; i++) text += `${words[(i * 7) % words.length]!}${i % 13 === 12 ? '.\n' : ' '}`;
  return text.slice(0, chars);
};

/** A mail shaped like an invitation: text and HTML parts, a long personal link, unsubscribe headers; `fillerChars` of words in each part. */
export function referenceMail(index: number, fillerChars: number) {
  const token = randomBytes(250).toString('base64url');
  const link = `https://kuulo.example/s/relationship-nps?lang=en&t=${token}`;
  const unsubscribe = `https://kuulo.example/u/${token.slice(0, 180)}`;
  const text = `Hello Contact ${index},\n\n${filler(fillerChars, index)}\n\n${link}\n\nThank you!\n\n--\nUnsubscribe from surveys: ${unsubscribe}\n`;
  const html = `<!doctype html><html><body style="margin:0;padding:12px;font-family:sans-serif"><p>Hello Contact ${index},</p><p>${filler(fillerChars, index + 1)}</p><p><a href="${link}" style="padding:12px 20px">Answer the survey</a></p><p><a href="${unsubscribe}">Unsubscribe from surveys</a></p></body></html>`;
  return {
    messageId: `<ref-${index}-${token.slice(0, 12)}@kuulo.example>`,
    from: 'Bench CX <cx@bench.example>',
    to: `contact${index}@bench.example`,
    subject: `Contact ${index}, how did we do?`,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
  };
}

/**
 * The reference: `count` mails sent straight through a pooled nodemailer transport (4 connections,
 * 4 loops each awaiting its send, as Kuulo's sender does) to the counting server; no database.
 */
export async function sendReference(port: number, counter: SmtpCounter, count: number, fillerChars: number): Promise<{ perSecond: number; meanBytes: number }> {
  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}?pool=true&maxConnections=${poolConnections}`);
  try {
    counter.reset();
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < count) await transport.sendMail(referenceMail(next++, fillerChars));
    };
    await Promise.all(Array.from({ length: poolConnections }, worker));
    const seconds = (performance.now() - started) / 1000;
    if (counter.accepted !== count) throw new Error(`the SMTP server accepted ${counter.accepted} of ${count} reference mails`);
    return { perSecond: count / seconds, meanBytes: counter.bytes / count };
  } finally {
    transport.close();
  }
}

/** The filler that makes the reference's mails about as big as Kuulo's (`targetBytes` raw): two trial sends of 20 mails, then a straight line through them. */
export async function calibrateReference(port: number, counter: SmtpCounter, targetBytes: number): Promise<number> {
  const small = (await sendReference(port, counter, 20, 0)).meanBytes;
  const large = (await sendReference(port, counter, 20, 2000)).meanBytes;
  return Math.max(0, Math.round(((targetBytes - small) * 2000) / (large - small)));
}

/**
 * Contacts number `from` to `to` (inclusive), in one INSERT … SELECT: an address each, a name,
 * English, Finnish or Polish, a plan, a segment (every 10th a key account) and the number `n`.
 */
export async function insertContacts(db: Db, workspaceId: string, from: number, to: number): Promise<void> {
  await db.execute(sql`
    insert into contacts (workspace_id, id, external_id, email, name, language, attributes)
    select ${workspaceId}::uuid, gen_random_uuid(), 'C-' || n, 'contact' || n || '@bench.example', 'Contact ' || n,
           (array['en', 'fi', 'pl'])[1 + n % 3],
           jsonb_build_object('n', n, 'plan', (array['free', 'pro', 'enterprise'])[1 + n % 3], 'segment', case when n % 10 = 0 then 'key_account' else 'standard' end)
    from generate_series(${from}::int, ${to}::int) as n`);
}

/**
 * About `perContact × contacts` earlier touches for the workspace's contacts: contact n has n mod 11
 * (0–10, 5 on average), spread over the two years before `now`, a third each low, normal and high
 * priority, by email, personal link or the widget, of the named survey.
 */
export async function insertTouches(db: Db, workspaceId: string, surveyId: string, now: Date): Promise<number> {
  await db.execute(sql`
    insert into contact_touches (workspace_id, id, contact_id, at, channel, survey_id, priority)
    select c.workspace_id, gen_random_uuid(), c.id,
           ${now.toISOString()}::timestamptz - make_interval(days => ((c.attributes->>'n')::int * 37 + g * 89) % 730, hours => g),
           (array['email', 'link', 'widget'])[1 + g % 3], ${surveyId}::uuid, (array['low', 'normal', 'high'])[1 + ((c.attributes->>'n')::int + g) % 3]
    from contacts c, generate_series(1, (c.attributes->>'n')::int % 11) as g
    where c.workspace_id = ${workspaceId}::uuid`);
  const result = (await db.execute(sql`select count(*)::int as n from contact_touches where workspace_id = ${workspaceId}::uuid`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
}

/** The budget the benchmark judges with: the two limits most programs start from, and key accounts asked less often. */
export const benchBudget: ContactBudget = {
  isEnabled: true,
  limits: [
    { maxTouches: 1, withinDays: 30 },
    { maxTouches: 4, withinDays: 365 },
  ],
  overrides: [{ attribute: 'segment', equals: 'key_account', limits: [{ maxTouches: 1, withinDays: 90 }] }],
};

export interface BudgetCase {
  attributes: Record<string, unknown>;
  touches: Touch[];
  priority: Priority;
  /** The same touch list as JSON text: what the reference parses. */
  json: string;
}

/** `count` recipients with 0–10 touches each over the two years before `now`, as the claim hands them to checkBudget. */
export function budgetCases(count: number, now: Date): BudgetCase[] {
  const surveyNames = ['Relationship NPS', 'After support', 'Onboarding', null];
  const cases: BudgetCase[] = [];
  for (let n = 0; n < count; n++) {
    const touches: Touch[] = [];
    for (let g = 1; g <= n % 11; g++) {
      touches.push({
        at: new Date(now.getTime() - (((n * 37 + g * 89) % 730) * 24 + g) * 3_600_000),
        channel: ['email', 'link', 'widget'][g % 3]!,
        priority: ['low', 'normal', 'high'][(n + g) % 3]!,
        surveyName: surveyNames[(n + g) % 4]!,
      });
    }
    cases.push({
      attributes: { n, plan: ['free', 'pro', 'enterprise'][n % 3], segment: n % 10 === 0 ? 'key_account' : 'standard' },
      touches,
      priority: (['normal', 'high', 'low', 'normal'] as const)[n % 4]!,
      json: JSON.stringify(touches),
    });
  }
  return cases;
}
