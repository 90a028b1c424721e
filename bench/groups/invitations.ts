import { ApiAgent, setUpKuulo } from '../../test/api-agent.js';
import { checkBudget } from '../../src/engine/invitations/budget.js';
import { claimDueInvitations } from '../../src/collect/invitations/claim.js';
import { buildKuulo, type Kuulo } from '../../src/main.js';
import { loadConfig, type DatabaseConfig } from '../../src/platform/config/config.js';
import { expectStatus } from '../lib/dashboards/workspace.js';
import { benchDatabaseKinds, serverUrl, withBenchDatabase, type BenchDatabaseKind } from '../lib/databases.js';
import { benchBudget, budgetCases, calibrateReference, insertContacts, insertTouches, poolConnections, sendReference, setSmtpNoDelay, startSmtpCounter, type BudgetCase, type SmtpCounter } from '../lib/invitations.js';
import { benchRepeat } from '../lib/settings.js';
import { median, sleep } from '../lib/stats.js';
import type { BenchGroup, Report } from '../lib/types.js';

// Read here, not through Kuulo's config: they steer the benchmark, not Kuulo.
const sizeLabels = (process.env.BENCH_INVITATIONS_SIZES ?? '10k,100k')
  .split(',')
  .map((label) => label.trim().toLowerCase())
  .filter(Boolean);
const claimCount = Number(process.env.BENCH_INVITATIONS_CLAIM_COUNT ?? 2000);
/** Contacts of the budget workspace; each has 0–10 earlier touches, about 100 000 in all. */
const budgetContacts = 20_000;
/** What the sender claims at once with no rate limit (send-job.ts). */
const claimBatch = 200;
const warmUpCount = 50;
/** Recipients of the send with nodemailer's sockets as shipped (Nagle on). */
const sendJob = 'collect.invitations-send';
/** A send that accepts no mail for this long has stalled: the group fails rather than wait forever. */
const stallMs = 120_000;

/** `10k`, `100k` or a plain number of recipients. */
function parseSize(label: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/.exec(label);
  if (!match) throw new Error(`BENCH_INVITATIONS_SIZES: "${label}" is not a size such as 10k or 100k`);
  const n = Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
  if (n < 100) throw new Error(`BENCH_INVITATIONS_SIZES: "${label}" is under 100 recipients`);
  return n;
}

interface SendContext {
  kuulo: Kuulo;
  admin: ApiAgent;
  workspaceId: string;
  surveyId: string;
  counter: SmtpCounter;
  port: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function sendJobStates(kuulo: Kuulo): Promise<Record<string, number>> {
  const result = await kuulo.services.database.execute(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`, [sendJob]);
  return Object.fromEntries(result.rows.map((row) => [String(row['state']), Number(row['n'])]));
}

async function distributionStatus(kuulo: Kuulo, id: string): Promise<string> {
  const result = await kuulo.services.database.execute('SELECT status FROM distributions WHERE id = $1', [id]);
  return String(result.rows[0]?.['status']);
}

/**
 * One send as a person makes it: a distribution to an audience, sent through the API; the job queue
 * does the rest. Timed from the send request until the SMTP server has accepted `count` mails.
 */
async function sendThroughKuulo(report: Report, ctx: SendContext, name: string, audience: unknown, count: number) {
  const base = `/api/v1/workspaces/${ctx.workspaceId}`;
  const created = await expectStatus(ctx.admin, 'POST', `${base}/distributions`, { kind: 'once', name, surveyId: ctx.surveyId, audience, embedFirstQuestion: true }, 201);
  ctx.counter.reset();
  const started = performance.now();
  await expectStatus(ctx.admin, 'POST', `${base}/distributions/${created.id}/send`, {}, 200);
  const answered = performance.now();
  let lastCount = 0;
  let lastChange = answered;
  let lastNote = answered;
  while (ctx.counter.accepted < count) {
    await sleep(20);
    const now = performance.now();
    if (ctx.counter.accepted !== lastCount) {
      lastCount = ctx.counter.accepted;
      lastChange = now;
    } else if (now - lastChange > stallMs) {
      throw new Error(`${name}: the SMTP server accepted no mail for ${stallMs / 1000} s (${lastCount} of ${count}); send jobs: ${JSON.stringify(await sendJobStates(ctx.kuulo))}`);
    }
    if (now - lastNote > 60_000) {
      lastNote = now;
      report.note(`${name}: ${lastCount} of ${count} accepted after ${seconds(now - started)} s`);
    }
  }
  const accepted = performance.now();
  const bytes = ctx.counter.bytes;
  while ((await distributionStatus(ctx.kuulo, created.id)) !== 'sent') {
    if (performance.now() - accepted > stallMs) throw new Error(`${name}: every mail was accepted, but the distribution is not marked sent`);
    await sleep(20);
  }
  const finished = performance.now();
  const states = await ctx.kuulo.services.database.execute('SELECT status, count(*)::int AS n FROM invitations WHERE distribution_id = $1 GROUP BY status', [created.id]);
  const byStatus = Object.fromEntries(states.rows.map((row) => [String(row['status']), Number(row['n'])]));
  if (byStatus['sent'] !== count || ctx.counter.accepted !== count) throw new Error(`${name}: invitations by status ${JSON.stringify(byStatus)}, ${ctx.counter.accepted} mails accepted; expected ${count} sent`);
  return { perSecond: count / ((accepted - started) / 1000), requestMs: answered - started, acceptedMs: accepted - started, sentMs: finished - started, meanBytes: bytes / count };
}

/**
 * Figure 1: invitations per second from the send request to the last mail accepted, through the
 * real job queue, at each size. Reference: as many mails of about the same size straight through
 * a pooled nodemailer transport to the same server; rounds alternate, the reference first.
 */
async function measureSends(report: Report, kind: BenchDatabaseKind, ctx: SendContext, sizes: { label: string; count: number }[]) {
  const { db, database } = ctx.kuulo.services;
  let contacts = 0;
  const topUp = async (count: number) => {
    const started = performance.now();
    await insertContacts(db, ctx.workspaceId, contacts + 1, count);
    await database.execute('ANALYZE contacts');
    report.note(`${kind}: contacts ${contacts + 1}–${count} inserted in ${seconds(performance.now() - started)} s`);
    contacts = count;
  };
  await topUp(sizes[0]!.count);

  // Warm-up: a small send through the same path, which also gives the size of Kuulo's mails.
  setSmtpNoDelay(true);
  const firstIds = await database.execute(`SELECT id FROM contacts WHERE workspace_id = $1 ORDER BY external_id LIMIT ${warmUpCount}`, [ctx.workspaceId]);
  const warmUp = await sendThroughKuulo(report, ctx, 'Warm-up', { kind: 'contacts', contactIds: firstIds.rows.map((row) => String(row['id'])) }, warmUpCount);
  const fillerChars = await calibrateReference(ctx.port, ctx.counter, warmUp.meanBytes);
  report.note(`${kind}: warm-up sent ${warmUpCount} invitations in ${seconds(warmUp.sentMs)} s; Kuulo's mails are ${(warmUp.meanBytes / 1024).toFixed(1)} KB each`);

  for (const { label, count } of sizes) {
    if (count > contacts) await topUp(count);
    const rounds = count >= 100_000 ? 1 : Math.min(benchRepeat(), 3);
    const values: number[] = [];
    const refs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const ref = await sendReference(ctx.port, ctx.counter, count, fillerChars);
      const run = await sendThroughKuulo(report, ctx, `All contacts ${label} #${round + 1}`, { kind: 'all' }, count);
      values.push(run.perSecond);
      refs.push(ref.perSecond);
      report.note(
        `${kind} ${label} round ${round + 1}: ${run.perSecond.toFixed(0)}/s (reference ${ref.perSecond.toFixed(0)}/s); the send request took ${seconds(run.requestMs)} s, ` +
          `the last mail was accepted after ${seconds(run.acceptedMs)} s, the distribution was sent after ${seconds(run.sentMs)} s; mails ${(run.meanBytes / 1024).toFixed(1)} KB (reference ${(ref.meanBytes / 1024).toFixed(1)} KB)`,
      );
    }
    report.figure({ name: `send_${kind}_${label}_per_s`, value: median(values), unit: 'invitations/s', ref: median(refs), decimals: 0 });
  }
}

/**
 * Figure 2b: `claimDueInvitations` in batches of 200 until nothing is due, per recipient, with the
 * budget on (its touches looked up and judged) and off, alternating. A second workspace holds
 * 20 000 contacts and about 100 000 earlier touches; the claimed invitations are due tomorrow (out
 * of the job queue's way) and put back after each round.
 */
async function measureClaims(report: Report, kind: BenchDatabaseKind, ctx: SendContext) {
  const { db, database } = ctx.kuulo.services;
  const workspaceId = (await expectStatus(ctx.admin, 'POST', '/api/v1/workspaces', { name: 'Budget Oy' }, 201)).id as string;
  const base = `/api/v1/workspaces/${workspaceId}`;
  const survey = await expectStatus(ctx.admin, 'POST', `${base}/surveys`, { name: 'Relationship NPS', templateId: 'nps' }, 201);
  await expectStatus(ctx.admin, 'POST', `${base}/surveys/${survey.id}/publish`, {}, 200);
  let started = performance.now();
  await insertContacts(db, workspaceId, 0, budgetContacts - 1);
  const touchCount = await insertTouches(db, workspaceId, survey.id, new Date());
  await database.execute('ANALYZE contacts');
  await database.execute('ANALYZE contact_touches');
  report.note(`${kind}: budget workspace with ${budgetContacts} contacts and ${touchCount} touches made in ${seconds(performance.now() - started)} s`);

  const dueAt = new Date(Date.now() + 86_400_000);
  const clock = new Date(Date.now() + 2 * 86_400_000);
  const audience = { kind: 'segment', match: 'all', conditions: [{ attribute: 'n', op: 'lt', value: claimCount }] };
  const distribution = await expectStatus(ctx.admin, 'POST', `${base}/distributions`, { kind: 'once', name: 'Claims', surveyId: survey.id, audience }, 201);
  const scheduled = await expectStatus(ctx.admin, 'POST', `${base}/distributions/${distribution.id}/send`, { at: dueAt.toISOString() }, 200);
  if (scheduled.counts.queued !== claimCount) throw new Error(`the claim distribution queued ${scheduled.counts.queued} invitations, not ${claimCount}`);

  const setBudget = (isEnabled: boolean) => expectStatus(ctx.admin, 'PUT', `${base}/contact-budget`, { budget: { ...benchBudget, isEnabled }, surveyPriorities: { [survey.id]: 'normal' } }, 200);
  const putBack = async () => {
    await database.execute(`UPDATE invitations SET status = 'queued', skip_reason = NULL, attempts = 0, due_at = $3 WHERE workspace_id = $1 AND distribution_id = $2`, [workspaceId, distribution.id, dueAt.toISOString()]);
    await database.execute('DELETE FROM contact_touches WHERE workspace_id = $1 AND source_id IS NOT NULL', [workspaceId]);
  };
  const claimAll = async () => {
    let claimed = 0;
    let skipped = 0;
    started = performance.now();
    for (;;) {
      const batch = await claimDueInvitations(db, workspaceId, clock, claimBatch);
      if (batch.claimed.length === 0 && batch.skipped === 0) break;
      claimed += batch.claimed.length;
      skipped += batch.skipped;
    }
    const us = ((performance.now() - started) * 1000) / claimCount;
    if (claimed + skipped !== claimCount) throw new Error(`claimed ${claimed} and skipped ${skipped} of ${claimCount}`);
    await putBack();
    return { us, skipped };
  };

  const runs = { on: [] as number[], off: [] as number[] };
  let heldBack = 0;
  for (let round = -1; round < benchRepeat(); round++) {
    await setBudget(false);
    const off = await claimAll();
    await setBudget(true);
    const on = await claimAll();
    if (off.skipped) throw new Error(`${off.skipped} invitations were skipped with the budget off`);
    heldBack = on.skipped;
    // Round -1 warms up.
    if (round < 0) continue;
    runs.off.push(off.us);
    runs.on.push(on.us);
  }
  report.note(`${kind} claims: ${claimCount} recipients in batches of ${claimBatch}; the budget held back ${((100 * heldBack) / claimCount).toFixed(0)}% of them`);
  report.figure({ name: `claim_budget_${kind}_us`, value: median(runs.on), unit: 'µs/recipient', ref: median(runs.off), decimals: 1 });
}

async function measureDatabase(report: Report, kind: BenchDatabaseKind, database: DatabaseConfig, counter: SmtpCounter, port: number, sizes: { label: string; count: number }[]) {
  const config = loadConfig({ LOG_LEVEL: 'warn', SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RATE_PER_SECOND: '0', PUBLIC_URL: 'https://kuulo.example', KUULO_MAIL_FROM: 'Bench CX <cx@bench.example>' });
  config.database = database;
  const kuulo = await buildKuulo(config);
  try {
    const { admin, workspaceId } = await setUpKuulo(kuulo, 'Bench Oy');
    const survey = await expectStatus(admin, 'POST', `/api/v1/workspaces/${workspaceId}/surveys`, { name: 'Relationship NPS', templateId: 'nps' }, 201);
    await expectStatus(admin, 'POST', `/api/v1/workspaces/${workspaceId}/surveys/${survey.id}/publish`, {}, 200);
    const ctx: SendContext = { kuulo, admin, workspaceId, surveyId: survey.id, counter, port };
    await measureSends(report, kind, ctx, sizes);
    await measureClaims(report, kind, ctx);
  } finally {
    await kuulo.close();
  }
}

/** Passes of checkBudget over every case; nanoseconds per recipient. */
function checkTime(cases: readonly BudgetCase[], now: Date, passes: number) {
  let allowed = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const c of cases) if (checkBudget(benchBudget, c, c.touches, c.priority, now).isAllowed) allowed++;
  return { ns: ((performance.now() - started) * 1e6) / (passes * cases.length), allowed: allowed / passes };
}

/** Passes of JSON.parse over every case's touch list; nanoseconds per recipient. */
function parseTime(cases: readonly BudgetCase[], passes: number) {
  let touches = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const c of cases) touches += (JSON.parse(c.json) as unknown[]).length;
  return { ns: ((performance.now() - started) * 1e6) / (passes * cases.length), touches };
}

/** Figure 2a: the pure budget rule on 0–10 touches per recipient, two limits and an override. Reference: JSON.parse of the same touch list. */
function pureBudget(report: Report) {
  const now = new Date();
  const cases = budgetCases(10_000, now);
  const runs = { check: [] as number[], parse: [] as number[] };
  checkTime(cases, now, 3);
  parseTime(cases, 3);
  for (let round = 0; round < benchRepeat(); round++) {
    runs.parse.push(parseTime(cases, 10).ns);
    runs.check.push(checkTime(cases, now, 10).ns);
  }
  const { allowed } = checkTime(cases, now, 1);
  const meanTouches = cases.reduce((sum, c) => sum + c.touches.length, 0) / cases.length;
  report.note(`budget check: ${cases.length} recipients, ${meanTouches.toFixed(1)} touches each on average; ${((100 * allowed) / cases.length).toFixed(0)}% allowed`);
  report.figure({ name: 'budget_check_ns', value: median(runs.check), unit: 'ns/recipient', ref: median(runs.parse), decimals: 0 });
}

export const invitationsGroup: BenchGroup = {
  name: 'invitations',
  description:
    `email invitations: per second from POST /distributions/:id/send (audience: all contacts) through the job queue until a local SMTP server has accepted every mail, ` +
    `at each size of BENCH_INVITATIONS_SIZES (default 10k,100k; ref: the same number of mails through a pooled nodemailer transport, ${poolConnections} connections, no database); ` +
    `the claim of due invitations per recipient with the contact budget on (100k earlier touches) and off; the pure budget check (ref: JSON.parse of the touch list); ` +
    'on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL',
  async run(report) {
    const sizes = sizeLabels.map((label) => ({ label, count: parseSize(label) })).sort((a, b) => a.count - b.count);
    if (sizes.length === 0) throw new Error('BENCH_INVITATIONS_SIZES names no size');
    if (!Number.isInteger(claimCount) || claimCount < claimBatch || claimCount > budgetContacts) throw new Error(`BENCH_INVITATIONS_CLAIM_COUNT must be a whole number from ${claimBatch} to ${budgetContacts}`);
    pureBudget(report);
    const counter = startSmtpCounter();
    const port = await counter.listen();
    try {
      for (const kind of benchDatabaseKinds()) await withBenchDatabase(kind, (config) => measureDatabase(report, kind, config, counter, port, sizes));
    } finally {
      setSmtpNoDelay(false);
      await counter.close();
    }
    if (!serverUrl) report.note('no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL skipped');
  },
};
