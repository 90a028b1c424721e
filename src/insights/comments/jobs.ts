import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { countCompleteResponsesOf, findResponseRecord, latestResponseId, responseBatch, surveysWithResponses, type ResponseForRollups } from '../../collect/responses/history.js';
import { announceResponseStored } from '../../collect/responses/events.js';
import type { PublishedSurveys } from '../../collect/surveys/published-surveys.js';
import type { Db } from '../../platform/db/database.js';
import { defineEventHandler, recordEvent } from '../../platform/events/events.js';
import { defineJob, type JobDefinition, type JobQueue } from '../../platform/jobs/job-queue.js';
import { analyseResponse, type AnalysedComment, type CommentAnalyzer } from './analyse.js';
import { findingsOfResponse } from './queries.js';
import { insertBackfill, latestBackfill, replaceComments, updateBackfill, type BackfillRow } from './store.js';
import { workspaceAnalyzer } from './workspace-analyzer.js';

/**
 * Text analytics off the request path: each completed (or edited) response's comments are
 * analysed by a job of their own, and a workspace's whole history by a backfill that goes survey by
 * survey, a page of responses per short transaction, recording its progress as it goes.
 */

/**
 * Analyses one response as it now stands (a job may run after a later edit: it reads the latest)
 * and, when it has comments, records `response.analysed` with what they say, in the same
 * transaction: alert rules on sentiment, intents and topics are judged on it, webhooks get it, and
 * open dashboards hear of it.
 */
export async function analyseStoredResponse(db: Db, published: PublishedSurveys, workspaceId: string, responseId: string): Promise<{ comments: number; eventId?: string }> {
  const response = await findResponseRecord(db, workspaceId, responseId);
  if (!response) return { comments: 0 };
  const analyzer = await workspaceAnalyzer(db, workspaceId);
  const analysed = await analyseRecords(published, workspaceId, [response], analyzer);
  const eventId = await db.transaction(async (tx) => {
    await replaceComments(tx, workspaceId, [response.id], analysed);
    if (analysed.length === 0) return undefined;
    const comments = await findingsOfResponse(tx, workspaceId, response.id);
    await announceResponseStored(tx, { workspaceId, surveyId: response.surveyId, state: 'analysed' });
    return recordEvent(tx, { workspaceId, type: 'response.analysed', data: { responseId: response.id, surveyId: response.surveyId, contactId: response.contactId, comments } });
  });
  return { comments: analysed.length, ...(eventId ? { eventId } : {}) };
}

async function analyseRecords(published: PublishedSurveys, workspaceId: string, records: readonly ResponseForRollups[], analyzer: CommentAnalyzer): Promise<AnalysedComment[]> {
  const analysed: AnalysedComment[] = [];
  for (const record of records) {
    if (record.state !== 'complete' || !record.completedAt) continue;
    const definition = await published.version(workspaceId, record.surveyId, record.surveyVersion);
    if (!definition) continue;
    analysed.push(...analyseResponse({ ...record, completedAt: record.completedAt }, definition, analyzer));
  }
  return analysed;
}

export function commentAnalysisHandler(db: Db, published: PublishedSurveys, events: { dispatchSoon(): Promise<void> }) {
  return defineEventHandler(db, {
    name: 'insights.analyse-comments',
    types: ['response.completed'],
    handle: async (event) => {
      const responseId = z.object({ responseId: z.uuid() }).loose().parse(event.data).responseId;
      const done = await analyseStoredResponse(db, published, event.workspaceId, responseId);
      if (done.eventId) await events.dispatchSoon();
      return done;
    },
  });
}

const pageSize = 200;
/** A backfill job works this long, then hands on to a fresh job, so it never holds a worker for long. */
const sliceMs = 20_000;

export type BackfillJob = JobDefinition<z.ZodObject<{ workspaceId: z.ZodUUID; backfillId: z.ZodUUID }>>;

export function backfillJob(db: Db, published: PublishedSurveys, jobs: () => JobQueue): BackfillJob {
  const job: BackfillJob = defineJob({
    name: 'insights.text-backfill',
    payload: z.object({ workspaceId: z.uuid(), backfillId: z.uuid() }).strict(),
    retry: { limit: 5, delaySeconds: 30, backoff: true },
    handler: async ({ workspaceId, backfillId }) => {
      const finished = await runBackfill(db, published, workspaceId, backfillId, Date.now() + sliceMs);
      if (!finished) await jobs().send(job, { workspaceId, backfillId }, { singletonKey: backfillId });
      return { finished };
    },
  });
  return job;
}

/**
 * Starts analysing the whole history. A backfill already running is returned as it is, unless
 * `restart` (topics changed: what it analysed already is out of date), which stops it for a new one.
 */
export async function startBackfill(db: Db, workspaceId: string, options: { restart?: boolean } = {}): Promise<{ backfill: BackfillRow; isNew: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kuulo.text-backfill.${workspaceId}`}))`);
    const running = await latestBackfill(tx, workspaceId);
    if (running?.status === 'running') {
      if (!options.restart) return { backfill: running, isNew: false };
      await updateBackfill(tx, workspaceId, running.id, { status: 'superseded', finishedAt: new Date() });
    }
    return { backfill: await insertBackfill(tx, workspaceId, await countCompleteResponsesOf(tx, workspaceId)), isNew: true };
  });
}

/** Works on a backfill until it is done (true) or the deadline passes (false). */
export async function runBackfill(db: Db, published: PublishedSurveys, workspaceId: string, backfillId: string, deadline: number): Promise<boolean> {
  const surveys = (await surveysWithResponses(db, workspaceId)).sort();
  while (Date.now() < deadline) {
    const backfill = await latestBackfill(db, workspaceId);
    if (!backfill || backfill.id !== backfillId || backfill.status !== 'running') return true;
    const [cursorSurvey, cursorResponse] = backfill.cursor?.split('/') ?? [];
    const surveyId = cursorSurvey && surveys.includes(cursorSurvey) ? cursorSurvey : surveys.find((id) => !cursorSurvey || id > cursorSurvey);
    const upTo = surveyId ? await latestResponseId(db, workspaceId, surveyId) : null;
    if (!surveyId || !upTo) {
      await updateBackfill(db, workspaceId, backfillId, { status: 'done', finishedAt: new Date(), total: backfill.done });
      return true;
    }
    const after = surveyId === cursorSurvey ? cursorResponse || null : null;
    const records = await responseBatch(db, workspaceId, surveyId, { after, upTo, limit: pageSize });
    if (records.length === 0) {
      // This survey is done: the next one starts from its first response.
      const next = surveys.find((id) => id > surveyId);
      await updateBackfill(db, workspaceId, backfillId, next ? { cursor: `${next}/` } : { status: 'done', finishedAt: new Date(), total: backfill.done });
      if (!next) return true;
      continue;
    }
    const analyzer = await workspaceAnalyzer(db, workspaceId);
    const analysed = await analyseRecords(published, workspaceId, records, analyzer);
    const complete = records.filter((r) => r.state === 'complete').length;
    await db.transaction(async (tx) => {
      await replaceComments(tx, workspaceId, records.filter((r) => r.state === 'complete').map((r) => r.id), analysed);
      await updateBackfill(tx, workspaceId, backfillId, { done: backfill.done + complete, cursor: `${surveyId}/${records.at(-1)!.id}`, total: Math.max(backfill.total, backfill.done + complete) });
    });
  }
  return false;
}
