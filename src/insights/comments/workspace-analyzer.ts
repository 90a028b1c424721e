import type { Db } from '../../platform/db/database.js';
import { decodeModel } from '../text/model-file.js';
import { genericSentimentModels } from '../text/models.js';
import type { SentimentModel, SentimentModelMeta } from '../text/sentiment.js';
import { compileTopics } from '../text/topics.js';
import type { CommentAnalyzer } from './analyse.js';
import { modelsInUse } from './models-store.js';
import { listTopics, type TopicRow } from './topics-store.js';

/**
 * The analyzer for one workspace as it stands: the generic sentiment models, each replaced by the
 * workspace's own where that measured better, and the workspace's topics. Decoded models and
 * compiled topics are kept while they are unchanged, so a job per response costs two small queries.
 */

/** The decoded model in use per workspace and language; a newer one replaces it, so retrained models do not pile up. */
const decoded = new Map<string, { id: string; model: SentimentModel }>();
const compiled = new Map<string, { signature: string; analyzer: Pick<CommentAnalyzer, 'topics' | 'topicsByPhraseKey'> }>();

export async function workspaceAnalyzer(db: Db, workspaceId: string): Promise<CommentAnalyzer> {
  const models = new Map(genericSentimentModels());
  const names = new Map<string, string>();
  for (const row of await modelsInUse(db, workspaceId)) {
    const key = `${workspaceId}/${row.lang}`;
    let model = decoded.get(key)?.id === row.id ? decoded.get(key)!.model : undefined;
    if (!model) {
      model = decodeModel<SentimentModelMeta>(await row.weights());
      decoded.set(key, { id: row.id, model });
    }
    models.set(row.lang, model);
    names.set(row.lang, `workspace:${row.id}`);
  }
  return { models, modelNameOf: (lang) => names.get(lang) ?? 'generic', ...topicsOf(workspaceId, await listTopics(db, workspaceId)) };
}

function topicsOf(workspaceId: string, topics: TopicRow[]) {
  const signature = topics.map((t) => `${t.id}@${t.updatedAt.getTime()}`).join(',');
  const cached = compiled.get(workspaceId);
  if (cached?.signature === signature) return cached.analyzer;
  const byKey = new Map<string, string[]>();
  for (const topic of topics) for (const key of topic.phraseKeys) byKey.set(key, [...(byKey.get(key) ?? []), topic.id]);
  const analyzer = { topics: compileTopics(topics.map((t) => ({ id: t.id, name: t.name, examples: t.examples as Record<string, string[]> }))), topicsByPhraseKey: byKey };
  compiled.set(workspaceId, { signature, analyzer });
  return analyzer;
}
