import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, workspaces } from '../platform/db/schema.js';

/** A survey: its draft, its settings, and where it stands (draft → published → closed). */
export const surveys = pgTable(
  'surveys',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    status: text('status').notNull().default('draft'),
    draft: jsonb('draft').notNull(),
    settings: jsonb('settings').notNull().default({}),
    latestVersion: integer('latest_version'),
    /** Counts saves of the draft or the name, so two editors cannot overwrite each other unseen. */
    draftRevision: integer('draft_revision').notNull().default(1),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** A published version: immutable; each response names the version it answered. */
export const surveyVersions = pgTable(
  'survey_versions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedByUserId: uuid('published_by_user_id'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.version] })],
);

/**
 * Global: public links carry only a slug, so finding its workspace needs a table that spans
 * workspaces (a reference table when sharded).
 */
export const surveySlugs = pgTable('survey_slugs', {
  slug: text('slug').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  surveyId: uuid('survey_id').notNull(),
});

/** One respondent's answers to one survey version; saved page by page, idempotent on submission_id. */
export const responses = pgTable(
  'responses',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    submissionId: uuid('submission_id').notNull(),
    state: text('state').notNull(),
    answers: jsonb('answers').notNull(),
    hidden: jsonb('hidden').notNull().default({}),
    language: text('language').notNull(),
    channel: text('channel').notNull(),
    endingId: text('ending_id'),
    contactId: uuid('contact_id'),
    /** Where and for whom it was answered, as the client told it (page URL, widget identity); unverified. */
    context: jsonb('context').notNull().default({}),
    ip: text('ip'),
    userAgent: text('user_agent'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('responses_submission_key').on(t.workspaceId, t.surveyId, t.submissionId),
    index('responses_survey_idx').on(t.workspaceId, t.surveyId, t.id),
  ],
);

/** The people feedback comes from: matched by the company's own id or by email, with attributes for targeting and piping. */
export const contacts = pgTable(
  'contacts',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    externalId: text('external_id'),
    email: text('email'),
    name: text('name'),
    language: text('language'),
    attributes: jsonb('attributes').notNull().default({}),
    /** When they asked to receive no more surveys (an unsubscribe link, a complaint); honoured by every channel. */
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    /** null: fine; 'bounced': the address does not take mail; 'complained': they marked a mail as spam. */
    emailStatus: text('email_status'),
    emailStatusReason: text('email_status_reason'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('contacts_external_id_key').on(t.workspaceId, t.externalId),
    uniqueIndex('contacts_email_key').on(t.workspaceId, sql`lower(${t.email})`),
  ],
);

/** Which response a single-use personal link was spent on: the link works again only for that response's retries. */
export const linkUses = pgTable(
  'link_uses',
  {
    workspaceId: uuid('workspace_id').notNull(),
    linkId: text('link_id').notNull(),
    submissionId: uuid('submission_id').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.linkId] })],
);

/** Collect settings of a workspace, such as how long the website widget leaves a visitor alone after showing any survey. */
export const collectSettings = pgTable('collect_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  widgetCooldownDays: integer('widget_cooldown_days').notNull().default(14),
  /** The key the company's server signs visitor ids with for `kuulo.identify`; null: identities are kept unverified. */
  identitySecret: text('identity_secret'),
  identitySecretCreatedAt: timestamp('identity_secret_created_at', { withTimezone: true }),
  /** Drop identities whose signature does not hold (the answers are kept, anonymous). */
  requireVerifiedIdentity: boolean('require_verified_identity').notNull().default(false),
  /** How often anyone may be asked, across channels (engine/invitations/budget.ts); null: the default, off. */
  contactBudget: jsonb('contact_budget'),
  /** Per survey, its priority under the contact budget (low, normal, high); unlisted surveys are normal. */
  surveyPriorities: jsonb('survey_priorities').notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A CSV import of contacts, run as a job: its progress and the rows it could not take, by line. */
export const contactImports = pgTable(
  'contact_imports',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    status: text('status').notNull().default('queued'),
    csv: text('csv').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    failures: jsonb('failures').notNull().default([]),
    /** An import of a distribution's recipients: each good row is also added to it. */
    distributionId: uuid('distribution_id'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** A workspace's own invitation and reminder mail, per language; the built-in ones live in the engine. */
export const emailTemplates = pgTable(
  'email_templates',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    translations: jsonb('translations').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** A survey sent by email: once to chosen recipients, or by a trigger to whoever an event names. */
export const distributions = pgTable(
  'distributions',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    /** The settings as DistributionInput (engine/invitations/distributions.ts) has them. */
    settings: jsonb('settings').notNull(),
    /** For triggers: the event they answer, kept apart so events find their triggers by index. */
    triggerEvent: text('trigger_event'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('distributions_trigger_idx').on(t.workspaceId, t.triggerEvent)],
);

/**
 * One mail to one person for one distribution, and everything that happened to it: queued → sent
 * (or skipped with a reason, failed, bounced), then opened, started, completed, and its reminders.
 * Its id is the personal link's id, so a response finds its invitation.
 */
export const invitations = pgTable(
  'invitations',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    distributionId: uuid('distribution_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    contactId: uuid('contact_id'),
    email: text('email'),
    language: text('language'),
    /** One invitation per key and distribution: the contact, or a trigger event's idempotency key. */
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status').notNull(),
    skipReason: text('skip_reason'),
    /** Hidden fields for the response (a trigger's context). */
    context: jsonb('context').notNull().default({}),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    bouncedAt: timestamp('bounced_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    /** An open that a mail scanner or a privacy proxy may have made rather than the person. */
    isOpenUnreliable: boolean('is_open_unreliable').notNull().default(false),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    responseId: uuid('response_id'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    nextReminderAt: timestamp('next_reminder_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('invitations_dedupe_key').on(t.workspaceId, t.distributionId, t.dedupeKey),
    index('invitations_distribution_idx').on(t.workspaceId, t.distributionId, t.id),
    index('invitations_due_idx').on(t.status, t.dueAt),
    index('invitations_reminder_idx').on(t.nextReminderAt),
    index('invitations_email_idx').on(t.workspaceId, sql`lower(${t.email})`),
  ],
);

/** Each time someone was asked for feedback (a mail, a personal link, the widget): what the contact budget counts. */
export const contactTouches = pgTable(
  'contact_touches',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    contactId: uuid('contact_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    channel: text('channel').notNull(),
    surveyId: uuid('survey_id'),
    priority: text('priority').notNull(),
    /** The invitation (or other ask) it was. */
    sourceId: text('source_id'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('contact_touches_contact_idx').on(t.workspaceId, t.contactId, t.at)],
);
