import { bigint, boolean, customType, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { responses } from '../collect/schema.js';
import { workspaces } from '../platform/db/schema.js';

/**
 * Rollups: what dashboards read instead of responses. Each complete response adds to one row per
 * (question it was shown, day, breakdown) in the same transaction that stores it, so a dashboard is
 * never behind, and its cost grows with days and breakdown values, not with responses.
 *
 * A breakdown is one `dimension` and its `value`: ('', '') is everyone; then 'channel', 'language',
 * the workspace's segments ('contact.<attribute>', 'hidden.<field>') and the survey's choice
 * questions ('answer.<question id>'). `day` is the response's completion day in the workspace's
 * time zone. The numbers are the integer statistics the engine's formulas take (see
 * docs/metrics.md), so rollups, raw SQL and the engine agree to the last decimal.
 */
export const questionRollups = pgTable(
  'question_rollups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    questionId: text('question_id').notNull(),
    /** What the question measures: nps, csat, ces, cli, rating, or choice (counts in choice_rollups). */
    kind: text('kind').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    /** Complete responses that were shown the question; shown − answered are skips. */
    shown: integer('shown').notNull().default(0),
    answered: integer('answered').notNull().default(0),
    /** Histogram of integer scores 0–10 (NPS, CSAT, CES, rating, and CLI items are not kept here). */
    c0: integer('c0').notNull().default(0),
    c1: integer('c1').notNull().default(0),
    c2: integer('c2').notNull().default(0),
    c3: integer('c3').notNull().default(0),
    c4: integer('c4').notNull().default(0),
    c5: integer('c5').notNull().default(0),
    c6: integer('c6').notNull().default(0),
    c7: integer('c7').notNull().default(0),
    c8: integer('c8').notNull().default(0),
    c9: integer('c9').notNull().default(0),
    c10: integer('c10').notNull().default(0),
    /** CLI: sums of 6 × each respondent's mean likelihood (an exact integer) and of its square. */
    sum6: bigint('sum6', { mode: 'number' }).notNull().default(0),
    sumSq6: bigint('sum_sq6', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'question_rollups_pk', columns: [t.workspaceId, t.surveyId, t.questionId, t.kind, t.day, t.dimension, t.value] }),
    // "NPS across all surveys this quarter, by channel": one metric, one breakdown, a run of days.
    index('question_rollups_metric_idx').on(t.workspaceId, t.kind, t.dimension, t.day),
  ],
);

/** How often each option of a choice question was picked (multiple choice: each picked option counts). */
export const choiceRollups = pgTable(
  'choice_rollups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    questionId: text('question_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    optionId: text('option_id').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'choice_rollups_pk', columns: [t.workspaceId, t.surveyId, t.questionId, t.day, t.dimension, t.value, t.optionId] })],
);

/** Responses started (first save, by its day) and completed (by its day), for counts and completion rates. */
export const responseRollups = pgTable(
  'response_rollups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    started: integer('started').notNull().default(0),
    completed: integer('completed').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'response_rollups_pk', columns: [t.workspaceId, t.surveyId, t.day, t.dimension, t.value] }),
    index('response_rollups_day_idx').on(t.workspaceId, t.dimension, t.day),
  ],
);

/**
 * Where unfinished responses stopped: each partial response counts once, on the last page it
 * answered something on (moving as it goes on, and leaving when it is completed), by the day it
 * started. Drop-off per page, without reading responses.
 */
export const pageRollups = pgTable(
  'page_rollups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    pageId: text('page_id').notNull(),
    stopped: integer('stopped').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'page_rollups_pk', columns: [t.workspaceId, t.surveyId, t.day, t.pageId] })],
);

/**
 * A survey whose rollups are being rebuilt, page by page in short transactions (the embedded
 * database is never held long): responses up to `watermark` are the rebuild's to count, and those
 * after `cursor` are not counted yet. A response's save adds to the rollups itself unless it lies
 * in between, where the rebuild will count it as it then stands.
 */
export const rollupRebuilds = pgTable(
  'rollup_rebuilds',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    watermark: uuid('watermark').notNull(),
    cursor: uuid('cursor'),
    /** Which rebuild owns it, and when it last made a step: one rebuild per survey at a time. */
    runner: uuid('runner'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'rollup_rebuilds_pk', columns: [t.workspaceId, t.surveyId] })],
);

/** How a workspace reads its numbers. */
export const insightsSettings = pgTable('insights_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** Breakdowns kept in rollups besides channel, language and choice answers: 'contact.<attribute>' or 'hidden.<field>'. */
  segments: text('segments').array().notNull().default([]),
  /** A bucket with fewer responses is shown as "too few" rather than as a number. */
  minResponses: integer('min_responses').notNull().default(5),
  /** CSAT scores at or below this are problems to act on. */
  csatProblemThreshold: integer('csat_problem_threshold').notNull().default(3),
  /**
   * The time zone the rollups' days are in: the workspace's when they were built. When the
   * workspace moves to another, dashboards say so and a rebuild files every response again.
   */
  timeZone: text('time_zone'),
  /** When the rollups were last rebuilt from responses. */
  rebuiltAt: timestamp('rebuilt_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Text analytics. A comment is one written answer (a short or long text question of a complete
 * response), analysed by a job once it is stored: its language, sentiment, intents, key phrases,
 * topics and where personal data sits. Its text is kept here too (the response keeps the original),
 * so comments from other sources later (reviews, social posts) are listed and filtered the same
 * way; erasing a response erases its comments.
 */
export const comments = pgTable(
  'comments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    responseId: uuid('response_id').notNull(),
    questionId: text('question_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    contactId: uuid('contact_id'),
    channel: text('channel').notNull(),
    /**
     * What the comment can be grouped and filtered by, as the response stood: its hidden fields
     * ('hidden.<field>') and its contact's attributes ('contact.<attribute>'), by name.
     */
    dimensions: jsonb('dimensions').notNull().default({}),
    text: text('text').notNull(),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    lang: text('lang').notNull(),
    langSource: text('lang_source').notNull(),
    /** null: not analysed (a language Kuulo has no sentiment model for). */
    sentiment: text('sentiment'),
    sentimentScore: real('sentiment_score'),
    sentimentConfidence: real('sentiment_confidence'),
    /** Which model judged it: "generic", or the workspace's own ("workspace:<model id>"). */
    sentimentModel: text('sentiment_model'),
    /** An analyst's correction, which wins over the model and teaches the workspace's model. */
    correctedSentiment: text('corrected_sentiment'),
    correctedBy: uuid('corrected_by'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    intents: text('intents').array().notNull().default([]),
    /** [{intent, start, end}], [{key, text, start, end}], [{kind, start, end}]: UTF-16 offsets into `text`. */
    intentSpans: jsonb('intent_spans').notNull().default([]),
    phrases: jsonb('phrases').notNull().default([]),
    personalData: jsonb('personal_data').notNull().default([]),
    /** The scores given in the same response (the first NPS and CSAT question): a hint of the comment's sentiment. */
    nps: smallint('nps'),
    csat: smallint('csat'),
    analysedAt: timestamp('analysed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'comments_pk', columns: [t.workspaceId, t.id] }),
    uniqueIndex('comments_answer_key').on(t.workspaceId, t.responseId, t.questionId),
    index('comments_written_idx').on(t.workspaceId, t.writtenAt),
    foreignKey({ name: 'comments_response_fk', columns: [t.workspaceId, t.responseId], foreignColumns: [responses.workspaceId, responses.id] }).onDelete('cascade'),
  ],
);

/** Each distinct phrase key of a comment (stems, so inflected forms are one), for top and emerging phrases. */
export const commentPhrases = pgTable(
  'comment_phrases',
  {
    workspaceId: uuid('workspace_id').notNull(),
    commentId: uuid('comment_id').notNull(),
    key: text('key').notNull(),
    lang: text('lang').notNull(),
    /** The phrase as this comment wrote it. */
    text: text('text').notNull(),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'comment_phrases_pk', columns: [t.workspaceId, t.commentId, t.key] }),
    index('comment_phrases_key_idx').on(t.workspaceId, t.key, t.writtenAt),
    index('comment_phrases_written_idx').on(t.workspaceId, t.writtenAt),
    foreignKey({ name: 'comment_phrases_comment_fk', columns: [t.workspaceId, t.commentId], foreignColumns: [comments.workspaceId, comments.id] }).onDelete('cascade'),
  ],
);

/**
 * A workspace's topics: a name, example phrases per language, and found phrases (by key) an
 * analyst filed under it. New comments are tagged as they are analysed; editing a topic re-tags.
 */
export const textTopics = pgTable(
  'text_topics',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    examples: jsonb('examples').notNull().default({}),
    phraseKeys: text('phrase_keys').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'text_topics_pk', columns: [t.workspaceId, t.id] }), uniqueIndex('text_topics_name_key').on(t.workspaceId, t.name)],
);

export const commentTopics = pgTable(
  'comment_topics',
  {
    workspaceId: uuid('workspace_id').notNull(),
    topicId: uuid('topic_id').notNull(),
    commentId: uuid('comment_id').notNull(),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    /** Where the topic shows in the comment, to highlight it. */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [
    primaryKey({ name: 'comment_topics_pk', columns: [t.workspaceId, t.topicId, t.commentId] }),
    index('comment_topics_comment_idx').on(t.workspaceId, t.commentId),
    foreignKey({ name: 'comment_topics_comment_fk', columns: [t.workspaceId, t.commentId], foreignColumns: [comments.workspaceId, comments.id] }).onDelete('cascade'),
    foreignKey({ name: 'comment_topics_topic_fk', columns: [t.workspaceId, t.topicId], foreignColumns: [textTopics.workspaceId, textTopics.id] }).onDelete('cascade'),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A workspace's own sentiment models, one per language and training run: the weights, how they
 * measured against the generic model on the workspace's held-back comments, and whether in use.
 */
export const sentimentModels = pgTable(
  'sentiment_models',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    lang: text('lang').notNull(),
    weights: bytea('weights').notNull(),
    /** Training data, held-back figures of this model and of the generic one, and why it is or is not used. */
    report: jsonb('report').notNull(),
    isInUse: boolean('is_in_use').notNull().default(false),
    trainedAt: timestamp('trained_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'sentiment_models_pk', columns: [t.workspaceId, t.id] }), index('sentiment_models_lang_idx').on(t.workspaceId, t.lang, t.trainedAt)],
);

/** Analysing a workspace's whole history (after an upgrade, or a change of models): its progress. */
export const textBackfills = pgTable(
  'text_backfills',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    status: text('status').notNull(),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    /** Where it stands: "<survey id>/<last response id analysed>"; surveys go in id order. */
    cursor: text('cursor'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [primaryKey({ name: 'text_backfills_pk', columns: [t.workspaceId, t.id] })],
);
