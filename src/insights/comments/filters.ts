import { sql, type SQL } from 'drizzle-orm';
import type { IntentName, SentimentFilter } from '../../engine/comments.js';

/**
 * Which comments a text view reads: a period and, optionally, surveys, a sentiment, an intent, a
 * topic, a phrase, a language, a breakdown value and words in the text. The same filters serve the
 * comment list, the dashboards and the exports, so every number can be clicked through to the
 * comments behind it.
 */

export { intentNames, sentimentFilters } from '../../engine/comments.js';

export interface CommentFilters {
  /** Instants: from (inclusive) to (exclusive). */
  from: Date;
  to: Date;
  surveyIds?: readonly string[] | undefined;
  sentiment?: SentimentFilter | undefined;
  intent?: IntentName | undefined;
  topicId?: string | undefined;
  phrase?: string | undefined;
  lang?: string | undefined;
  filter?: { dimension: string; value: string } | undefined;
  text?: string | undefined;
}

/** The sentiment that counts: an analyst's correction, else the model's. */
export const effectiveSentiment = sql.raw(`coalesce(c.corrected_sentiment, c.sentiment)`);

/** The conditions on comments aliased `c`, the period included unless `period` is false. */
export function whereOf(workspaceId: string, filters: CommentFilters, options: { period?: boolean } = {}): SQL {
  const parts: SQL[] = [conditionsOf(workspaceId, filters)];
  if (options.period !== false) parts.push(sql`c.written_at >= ${filters.from.toISOString()}::timestamptz and c.written_at < ${filters.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` and `);
}

/** What a comment must be (aliased `c`), whenever it was written. */
export function conditionsOf(workspaceId: string, filters: Omit<CommentFilters, 'from' | 'to'>): SQL {
  const parts: SQL[] = [sql`c.workspace_id = ${workspaceId}::uuid`];
  if (filters.surveyIds?.length) parts.push(sql`c.survey_id in (${sql.join(filters.surveyIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  if (filters.sentiment === 'not_analysed') parts.push(sql`${effectiveSentiment} is null`);
  else if (filters.sentiment) parts.push(sql`${effectiveSentiment} = ${filters.sentiment}`);
  if (filters.intent) parts.push(sql`${filters.intent} = any(c.intents)`);
  if (filters.topicId) parts.push(sql`exists (select 1 from comment_topics ct where ct.workspace_id = c.workspace_id and ct.comment_id = c.id and ct.topic_id = ${filters.topicId}::uuid)`);
  if (filters.phrase) parts.push(sql`exists (select 1 from comment_phrases cp where cp.workspace_id = c.workspace_id and cp.comment_id = c.id and cp.key = ${filters.phrase})`);
  if (filters.lang) parts.push(sql`c.lang = ${filters.lang}`);
  if (filters.filter) parts.push(sql`${dimensionValue(filters.filter.dimension)} = ${filters.filter.value}`);
  if (filters.text) parts.push(sql`c.text ilike ${`%${filters.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
  return sql.join(parts, sql` and `);
}

/** A breakdown's value for a comment: its survey, channel, language, or a hidden field or contact attribute as text. */
export function dimensionValue(dimension: string): SQL {
  if (dimension === 'survey') return sql.raw('c.survey_id::text');
  if (dimension === 'channel') return sql.raw('c.channel');
  if (dimension === 'language' || dimension === 'lang') return sql.raw('c.lang');
  return sql`(c.dimensions ->> ${dimension})`;
}

/** The period as long as this one just before it, for "change vs the previous period". */
export const previousPeriod = (filters: CommentFilters) => ({ from: new Date(2 * filters.from.getTime() - filters.to.getTime()), to: filters.from });
