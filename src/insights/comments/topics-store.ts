import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { textTopics } from '../schema.js';

/** The SQL of a workspace's topics. */

export type TopicRow = typeof textTopics.$inferSelect;
export interface TopicInput {
  name: string;
  examples: Record<string, string[]>;
  phraseKeys: string[];
}

export async function listTopics(db: Db, workspaceId: string): Promise<TopicRow[]> {
  return db.select().from(textTopics).where(eq(textTopics.workspaceId, workspaceId)).orderBy(asc(textTopics.name));
}

export async function findTopic(db: Db, workspaceId: string, topicId: string): Promise<TopicRow | null> {
  const [row] = await db.select().from(textTopics).where(and(eq(textTopics.workspaceId, workspaceId), eq(textTopics.id, topicId))).limit(1);
  return row ?? null;
}

export async function findTopicByName(db: Db, workspaceId: string, name: string): Promise<TopicRow | null> {
  const [row] = await db.select().from(textTopics).where(and(eq(textTopics.workspaceId, workspaceId), sql`lower(${textTopics.name}) = lower(${name})`)).limit(1);
  return row ?? null;
}

export async function insertTopic(db: Db, workspaceId: string, input: TopicInput): Promise<TopicRow> {
  const [row] = await db.insert(textTopics).values({ workspaceId, id: newId(), ...input }).returning();
  return row!;
}

export async function updateTopic(db: Db, workspaceId: string, topicId: string, input: TopicInput): Promise<TopicRow | null> {
  const [row] = await db.update(textTopics).set({ ...input, updatedAt: new Date() }).where(and(eq(textTopics.workspaceId, workspaceId), eq(textTopics.id, topicId))).returning();
  return row ?? null;
}

export async function deleteTopic(db: Db, workspaceId: string, topicId: string): Promise<boolean> {
  const rows = await db.delete(textTopics).where(and(eq(textTopics.workspaceId, workspaceId), eq(textTopics.id, topicId))).returning({ id: textTopics.id });
  return rows.length > 0;
}
