import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { dimensionValue, previousPeriod, whereOf, type CommentFilters } from './filters.js';
import type { CommentRow } from './store.js';
import type { TopicSpan } from './views.js';

/**
 * What the text dashboards read, straight from comments (one row per written answer, so a year of
 * a busy workspace is a few hundred thousand rows, grouped with indexes on the period): sentiment
 * over time, topics and phrases with their change and the scores given beside them, complaints per
 * product and feature requests ranked by customers and their value.
 */

const rows = async <T>(db: Db, query: SQL): Promise<T[]> => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * NPS and CSAT of the scores given beside the comments, and how many responses gave them (SQL for
 * one group). Every comment of a response carries that response's scores, so responses are
 * counted, not comments: a response that wrote in two questions counts once, as on the metric
 * dashboards under the same comment filter.
 */
const scoreColumns = sql.raw(`
  count(distinct c.response_id) filter (where c.nps is not null) as nps_count,
  count(distinct c.response_id) filter (where c.nps >= 9) as promoters,
  count(distinct c.response_id) filter (where c.nps <= 6) as detractors,
  count(distinct c.response_id) filter (where c.csat is not null) as csat_count,
  count(distinct c.response_id) filter (where c.csat >= 4) as satisfied`);

export interface ScoreSummary {
  nps: number | null;
  npsResponses: number;
  csat: number | null;
  csatResponses: number;
}

const scoresOf = (row: Record<string, unknown>): ScoreSummary => {
  const npsCount = Number(row['nps_count'] ?? 0);
  const csatCount = Number(row['csat_count'] ?? 0);
  return {
    nps: npsCount ? Math.round(((Number(row['promoters']) - Number(row['detractors'])) / npsCount) * 1000) / 10 : null,
    npsResponses: npsCount,
    csat: csatCount ? Math.round((Number(row['satisfied']) / csatCount) * 1000) / 10 : null,
    csatResponses: csatCount,
  };
};

const sentimentColumns = sql.raw(`
  count(*) filter (where coalesce(c.corrected_sentiment, c.sentiment) = 'negative') as negative,
  count(*) filter (where coalesce(c.corrected_sentiment, c.sentiment) = 'neutral') as neutral,
  count(*) filter (where coalesce(c.corrected_sentiment, c.sentiment) = 'positive') as positive,
  count(*) filter (where coalesce(c.corrected_sentiment, c.sentiment) is null) as not_analysed`);

const sentimentOf = (row: Record<string, unknown>) => ({
  negative: Number(row['negative'] ?? 0),
  neutral: Number(row['neutral'] ?? 0),
  positive: Number(row['positive'] ?? 0),
  notAnalysed: Number(row['not_analysed'] ?? 0),
});

/** The same filters over the period just before, for the change. */
const previousOf = (filters: CommentFilters): CommentFilters => ({ ...filters, ...previousPeriod(filters) });

export async function sentimentSummary(db: Db, workspaceId: string, filters: CommentFilters) {
  const summaryOf = async (f: CommentFilters) => {
    const [row] = await rows<Record<string, unknown>>(db, sql`select count(*) as comments, avg(c.sentiment_score) as mean_score, ${sentimentColumns}, ${scoreColumns} from comments c where ${whereOf(workspaceId, f)}`);
    return { comments: Number(row?.['comments'] ?? 0), meanScore: num(row?.['mean_score']), sentiment: sentimentOf(row ?? {}), scores: scoresOf(row ?? {}) };
  };
  const current = await summaryOf(filters);
  const previous = await summaryOf(previousOf(filters));
  const intents = await rows<{ intent: string; n: unknown }>(db, sql`select i as intent, count(*) as n from comments c, unnest(c.intents) as i where ${whereOf(workspaceId, filters)} group by i`);
  const languages = await rows<{ lang: string; n: unknown }>(db, sql`select c.lang, count(*) as n from comments c where ${whereOf(workspaceId, filters)} group by c.lang order by n desc, c.lang`);
  return {
    ...current,
    previous,
    intents: Object.fromEntries(intents.map((r) => [r.intent, Number(r.n)])),
    languages: languages.map((r) => ({ lang: r.lang, comments: Number(r.n) })),
  };
}

export async function sentimentTrend(db: Db, workspaceId: string, filters: CommentFilters, interval: 'day' | 'week' | 'month', timeZone: string) {
  const bucket = sql`date_trunc(${interval}, c.written_at at time zone ${timeZone})::date`;
  const found = await rows<Record<string, unknown>>(
    db,
    sql`select to_char(${bucket}, 'YYYY-MM-DD') as start, count(*) as comments, avg(c.sentiment_score) as mean_score, ${sentimentColumns}
      from comments c where ${whereOf(workspaceId, filters)} group by 1 order by 1`,
  );
  return found.map((row) => ({ start: String(row['start']), comments: Number(row['comments']), meanScore: num(row['mean_score']), ...sentimentOf(row) }));
}

/**
 * The workspace's topics over the period: comments, the change from the period before, sentiment
 * and the scores beside them (which topics drive detractors), most discussed first.
 */
export async function topicSummary(db: Db, workspaceId: string, filters: CommentFilters, limit = 50) {
  const f = { ...filters, topicId: undefined };
  const query = (period: CommentFilters) => sql`select t.id, t.name, count(*) as comments, ${sentimentColumns}, ${scoreColumns}
      from comment_topics ct
      join comments c on c.workspace_id = ct.workspace_id and c.id = ct.comment_id
      join text_topics t on t.workspace_id = ct.workspace_id and t.id = ct.topic_id
      where ${whereOf(workspaceId, period)} group by t.id, t.name`;
  const current = await rows<Record<string, unknown>>(db, sql`${query(f)} order by comments desc, t.name limit ${limit}`);
  const previous = new Map((await rows<Record<string, unknown>>(db, query(previousOf(f)))).map((row) => [String(row['id']), Number(row['comments'])]));
  return current.map((row) => ({
    topicId: String(row['id']),
    name: String(row['name']),
    comments: Number(row['comments']),
    previousComments: previous.get(String(row['id'])) ?? 0,
    sentiment: sentimentOf(row),
    ...scoresOf(row),
  }));
}

/**
 * Phrases found in the comments (by key, so inflected forms count as one, shown as most often
 * written), with their change. `emerging`: phrases that are new or at least twice as frequent as in
 * the period before, by how much they grew.
 */
export async function phraseSummary(db: Db, workspaceId: string, filters: CommentFilters, options: { emerging?: boolean; limit?: number } = {}) {
  const f = { ...filters, phrase: undefined };
  const query = (period: CommentFilters) => sql`select p.key, mode() within group (order by p.text) as text, count(*) as comments, ${sentimentColumns}, ${scoreColumns}
      from comment_phrases p join comments c on c.workspace_id = p.workspace_id and c.id = p.comment_id
      where ${whereOf(workspaceId, period)} group by p.key`;
  const previous = new Map((await rows<Record<string, unknown>>(db, sql`select key, comments from (${query(previousOf(f))}) q`)).map((row) => [String(row['key']), Number(row['comments'])]));
  const limit = options.limit ?? 30;
  const current = await rows<Record<string, unknown>>(db, sql`${query(f)} order by comments desc, p.key limit ${options.emerging ? 2000 : limit}`);
  const summarised = current.map((row) => ({
    key: String(row['key']),
    text: String(row['text']),
    comments: Number(row['comments']),
    previousComments: previous.get(String(row['key'])) ?? 0,
    sentiment: sentimentOf(row),
    ...scoresOf(row),
  }));
  if (!options.emerging) return summarised;
  return summarised
    .filter((p) => p.comments >= 3 && p.comments >= 2 * Math.max(1, p.previousComments))
    .sort((a, b) => b.comments - b.previousComments - (a.comments - a.previousComments) || a.key.localeCompare(b.key))
    .slice(0, limit);
}

/** Complaints per product (a survey, a contact attribute or a hidden field), with their share of the comments and the change. */
export async function complaintsBy(db: Db, workspaceId: string, filters: CommentFilters, by: string, limit = 50) {
  const group = dimensionValue(by);
  const f = { ...filters, intent: undefined };
  const query = (period: CommentFilters) => sql`select ${group} as product, count(*) as comments, count(*) filter (where 'complaint' = any(c.intents)) as complaints
      from comments c where ${whereOf(workspaceId, period)} and ${group} is not null group by 1`;
  const previous = new Map((await rows<Record<string, unknown>>(db, query(previousOf(f)))).map((row) => [String(row['product']), Number(row['complaints'])]));
  const current = await rows<Record<string, unknown>>(db, sql`${query(f)} order by complaints desc, comments desc limit ${limit}`);
  return current.map((row) => ({
    product: String(row['product']),
    comments: Number(row['comments']),
    complaints: Number(row['complaints']),
    share: Number(row['comments']) ? Number(row['complaints']) / Number(row['comments']) : 0,
    previousComplaints: previous.get(String(row['product'])) ?? 0,
  }));
}

/**
 * Feature requests grouped by topic and by phrase, ranked by how many customers ask (a contact,
 * or a response where the customer is unknown) and by their value: the sum, over those customers,
 * of a numeric contact attribute (such as revenue), each customer counted once.
 */
export async function featureRequests(db: Db, workspaceId: string, filters: CommentFilters, valueAttribute: string | null, limit = 30) {
  const value = valueAttribute
    ? sql`case when (c.dimensions ->> ${valueAttribute}) ~ '^-?[0-9]+([.][0-9]+)?$' then (c.dimensions ->> ${valueAttribute})::float8 end`
    : sql`null::float8`;
  const where = whereOf(workspaceId, { ...filters, intent: 'feature_request' });
  const found = await rows<Record<string, unknown>>(
    db,
    sql`with asks as (
        select c.id, coalesce('contact:' || c.contact_id::text, 'response:' || c.response_id::text) as customer, ${value} as value from comments c where ${where}),
      grouped as (
        select 'topic' as kind, t.id::text as key, t.name as label, a.customer, max(a.value) as value
          from asks a join comment_topics ct on ct.workspace_id = ${workspaceId}::uuid and ct.comment_id = a.id
          join text_topics t on t.workspace_id = ct.workspace_id and t.id = ct.topic_id group by 1, 2, 3, 4
        union all
        select 'phrase', p.key, min(p.text), a.customer, max(a.value)
          from asks a join comment_phrases p on p.workspace_id = ${workspaceId}::uuid and p.comment_id = a.id group by 1, 2, 4)
      select kind, key, min(label) as label, count(*) as customers, sum(value) as value from grouped group by kind, key
      order by customers desc, value desc nulls last, key limit ${limit}`,
  );
  const [total] = await rows<Record<string, unknown>>(db, sql`select count(*) as n from comments c where ${where}`);
  return {
    requests: Number(total?.['n'] ?? 0),
    groups: found.map((row) => ({ kind: String(row['kind']) as 'topic' | 'phrase', key: String(row['key']), label: String(row['label']), customers: Number(row['customers']), value: num(row['value']) })),
  };
}

/** A comment's topics (aliased `c`) with their names and where they show, as a JSON column. */
const topicsColumn = sql.raw(`coalesce((select json_agg(json_build_object('topicId', ct.topic_id, 'name', t.name, 'start', ct.start, 'end', ct."end") order by ct.start)
  from comment_topics ct join text_topics t on t.workspace_id = ct.workspace_id and t.id = ct.topic_id
  where ct.workspace_id = c.workspace_id and ct.comment_id = c.id), '[]'::json) as topics`);

/** Comments newest first, a page at a time (keyset: the last one's time and id), with their topics. */
export async function listComments(db: Db, workspaceId: string, filters: CommentFilters, page: { limit: number; before?: { at: Date; id: string } | undefined }) {
  const before = page.before ? sql` and (c.written_at, c.id) < (${page.before.at.toISOString()}::timestamptz, ${page.before.id}::uuid)` : sql``;
  const found = await rows<Record<string, unknown>>(
    db,
    sql`select c.*, ${topicsColumn} from comments c where ${whereOf(workspaceId, filters)}${before}
      order by c.written_at desc, c.id desc limit ${page.limit + 1}`,
  );
  return { items: found.slice(0, page.limit).map(commentFromRow), hasMore: found.length > page.limit };
}

/** What the analysis found in one comment, as alert rules and the `response.analysed` event read it. */
export interface CommentFindings {
  questionId: string;
  lang: string;
  /** An analyst's correction, else the model's; null when not analysed. */
  sentiment: string | null;
  intents: string[];
  topics: { id: string; name: string }[];
}

/** The findings in one response's comments, in question order. */
export async function findingsOfResponse(db: Db, workspaceId: string, responseId: string): Promise<CommentFindings[]> {
  const found = await rows<Record<string, unknown>>(
    db,
    sql`select c.*, ${topicsColumn} from comments c where c.workspace_id = ${workspaceId}::uuid and c.response_id = ${responseId}::uuid order by c.question_id`,
  );
  return found.map(commentFromRow).map((comment) => ({
    questionId: comment.questionId,
    lang: comment.lang,
    sentiment: comment.correctedSentiment ?? comment.sentiment,
    intents: comment.intents,
    topics: comment.topics.map((topic) => ({ id: topic.topicId, name: topic.name })),
  }));
}

/** A row read with plain SQL (snake_case, driver types) as the comment row the rest of the code knows. */
function commentFromRow(row: Record<string, unknown>): CommentRow & { topics: TopicSpan[] } {
  const date = (value: unknown) => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value)));
  const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
  return {
    workspaceId: String(row['workspace_id']),
    id: String(row['id']),
    responseId: String(row['response_id']),
    questionId: String(row['question_id']),
    surveyId: String(row['survey_id']),
    contactId: (row['contact_id'] as string | null) ?? null,
    channel: String(row['channel']),
    dimensions: json(row['dimensions']),
    text: String(row['text']),
    writtenAt: date(row['written_at'])!,
    lang: String(row['lang']),
    langSource: String(row['lang_source']),
    sentiment: (row['sentiment'] as string | null) ?? null,
    sentimentScore: num(row['sentiment_score']),
    sentimentConfidence: num(row['sentiment_confidence']),
    sentimentModel: (row['sentiment_model'] as string | null) ?? null,
    correctedSentiment: (row['corrected_sentiment'] as string | null) ?? null,
    correctedBy: (row['corrected_by'] as string | null) ?? null,
    correctedAt: date(row['corrected_at']),
    intents: typeof row['intents'] === 'string' ? parseTextArray(row['intents']) : ((row['intents'] as string[]) ?? []),
    intentSpans: json(row['intent_spans']),
    phrases: json(row['phrases']),
    personalData: json(row['personal_data']),
    nps: num(row['nps']),
    csat: num(row['csat']),
    analysedAt: date(row['analysed_at'])!,
    topics: json<TopicSpan[]>(row['topics']),
  };
}

/** A PostgreSQL text array as text ("{complaint,question}"), for drivers that leave it so. */
const parseTextArray = (text: string) => (text === '{}' ? [] : text.slice(1, -1).split(',').map((item) => item.replace(/^"|"$/g, '')));
