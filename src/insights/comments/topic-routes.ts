import { z } from 'zod';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { Db } from '../../platform/db/database.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import { topicKeyOf } from '../text/topics.js';
import { startBackfill, type BackfillJob } from './jobs.js';
import { deleteTopic, findTopic, findTopicByName, insertTopic, listTopics, updateTopic, type TopicRow } from './topics-store.js';

/**
 * A workspace's topics: a name, example phrases per language, and found phrases filed under it.
 * Every change re-analyses the history (with a progress bar), so old comments are tagged as new
 * ones are.
 */

const Phrase = z.string().trim().min(1, { error: 'must not be empty' }).max(100, { error: 'must be at most 100 characters' });
const TopicBody = z
  .object({
    name: z.string().trim().min(1, { error: 'must not be empty' }).max(80, { error: 'must be at most 80 characters' }),
    examples: z.record(z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as fi' }), z.array(Phrase).max(100)).default({}),
    /** Found phrases (their keys, or phrases as written with the language: "fi:toimitus"), filed under this topic. */
    phraseKeys: z.array(z.string().trim().min(1).max(200)).max(500).default([]),
  })
  .strict()
  .refine((topic) => Object.values(topic.examples).some((list) => list.length > 0) || topic.phraseKeys.length > 0, {
    error: 'needs at least one example phrase or found phrase',
    path: ['examples'],
  });

const topicView = (row: TopicRow) => ({ id: row.id, name: row.name, examples: row.examples, phraseKeys: row.phraseKeys, updatedAt: row.updatedAt.toISOString() });

/** "fi:toimituksen" is filed as the key Kuulo gives that phrase in Finnish; a plain key stays as it is. */
const keysOf = (phraseKeys: string[]) => [...new Set(phraseKeys.map((key) => (/^[a-z]{2,3}:/.test(key) ? topicKeyOf(key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)) : key)))].filter(Boolean);

export function topicRoutes(db: Db, jobs: JobQueue, backfill: BackfillJob) {
  const retag = async (workspaceId: string) => {
    const { backfill: row } = await startBackfill(db, workspaceId, { restart: true });
    await jobs.send(backfill, { workspaceId, backfillId: row.id }, { singletonKey: row.id });
  };
  const nameTaken = (name: string) => new AppError('conflict', 'topic.nameTaken', { params: { name }, errors: [{ path: 'body.name', key: 'field.topicNameTaken' }] });

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/topics',
      summary: "The workspace's topics",
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => ({ items: (await listTopics(db, params.workspaceId)).map(topicView) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/insights/topics',
      summary: 'Creates a topic from example phrases per language and found phrases; comments are tagged again',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.manage' },
      params: WorkspaceParams,
      body: TopicBody,
      status: 201,
      handler: async ({ params, body }) => {
        if (await findTopicByName(db, params.workspaceId, body.name)) throw nameTaken(body.name);
        const row = await insertTopic(db, params.workspaceId, { ...body, phraseKeys: keysOf(body.phraseKeys) });
        await retag(params.workspaceId);
        return topicView(row);
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/insights/topics/:topicId',
      summary: 'Changes a topic (name, examples, found phrases); comments are tagged again',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.manage' },
      params: WorkspaceParams.extend({ topicId: Id }),
      body: TopicBody,
      handler: async ({ params, body }) => {
        if (!(await findTopic(db, params.workspaceId, params.topicId))) throw notFound('topic.notFound');
        const holder = await findTopicByName(db, params.workspaceId, body.name);
        if (holder && holder.id !== params.topicId) throw nameTaken(body.name);
        const row = await updateTopic(db, params.workspaceId, params.topicId, { ...body, phraseKeys: keysOf(body.phraseKeys) });
        await retag(params.workspaceId);
        return topicView(row!);
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/insights/topics/:topicId',
      summary: 'Deletes a topic; its tags go with it',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.manage' },
      params: WorkspaceParams.extend({ topicId: Id }),
      handler: async ({ params }) => {
        if (!(await deleteTopic(db, params.workspaceId, params.topicId))) throw notFound('topic.notFound');
        return undefined;
      },
    }),
  ];
}
