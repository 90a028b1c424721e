import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { sentimentModels } from '../schema.js';

/** The SQL of a workspace's own sentiment models. */

export type SentimentModelRow = typeof sentimentModels.$inferSelect;

/** The models in use, one per language at most; the weights are read only when asked for. */
export async function modelsInUse(db: Db, workspaceId: string): Promise<{ id: string; lang: string; weights: () => Promise<Uint8Array> }[]> {
  const rows = await db
    .select({ id: sentimentModels.id, lang: sentimentModels.lang })
    .from(sentimentModels)
    .where(and(eq(sentimentModels.workspaceId, workspaceId), eq(sentimentModels.isInUse, true)));
  return rows.map((row) => ({
    ...row,
    weights: async () => {
      const [found] = await db.select({ weights: sentimentModels.weights }).from(sentimentModels).where(and(eq(sentimentModels.workspaceId, workspaceId), eq(sentimentModels.id, row.id)));
      return new Uint8Array(found!.weights);
    },
  }));
}

/** Every training run's report, newest first (without the weights). */
export async function listModelReports(db: Db, workspaceId: string, limit = 30) {
  return db
    .select({ id: sentimentModels.id, lang: sentimentModels.lang, report: sentimentModels.report, isInUse: sentimentModels.isInUse, trainedAt: sentimentModels.trainedAt })
    .from(sentimentModels)
    .where(eq(sentimentModels.workspaceId, workspaceId))
    .orderBy(desc(sentimentModels.trainedAt))
    .limit(limit);
}

/** Keeps a trained model; when it is to be used, it replaces the language's model in use. */
export async function insertModel(db: Db, row: { workspaceId: string; id: string; lang: string; weights: Uint8Array; report: unknown; isInUse: boolean }): Promise<void> {
  if (row.isInUse) {
    await db.update(sentimentModels).set({ isInUse: false }).where(and(eq(sentimentModels.workspaceId, row.workspaceId), eq(sentimentModels.lang, row.lang), eq(sentimentModels.isInUse, true)));
  }
  await db.insert(sentimentModels).values({ ...row, weights: Buffer.from(row.weights.buffer, row.weights.byteOffset, row.weights.byteLength) });
}
