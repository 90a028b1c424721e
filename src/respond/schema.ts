import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, workspaces } from '../platform/db/schema.js';

/**
 * How a workspace runs its closed loop: who may see which cases, the root causes and empowered
 * actions it offers, its reply templates and the recovery survey. The lists are JSON validated by
 * `settings.ts`, read whole and saved whole.
 */
export const respondSettings = pgTable('respond_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** Agents see and touch only cases of their teams or their own. */
  restrictAgentsToTeams: boolean('restrict_agents_to_teams').notNull().default(false),
  /** The contact attribute that holds a contact's account owner (an email of a member). */
  accountOwnerAttribute: text('account_owner_attribute').notNull().default('account_owner'),
  defaultSlaHours: integer('default_sla_hours').notNull().default(24),
  rootCauses: jsonb('root_causes'),
  actions: jsonb('actions'),
  replyTemplates: jsonb('reply_templates'),
  /** A short survey sent to the customer after a case is closed (when asked). */
  recoverySurveyId: uuid('recovery_survey_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Frontline teams: cases go to a team, to a member round-robin, and breaches escalate to the lead. */
export const teams = pgTable(
  'teams',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    leadUserId: uuid('lead_user_id'),
    /** How many cases round-robin has handed out: the next goes to member number `count mod size`. */
    roundRobinCount: integer('round_robin_count').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const teamMembers = pgTable(
  'team_members',
  {
    workspaceId: uuid('workspace_id').notNull(),
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.teamId, t.userId] }), index('team_members_user_idx').on(t.workspaceId, t.userId)],
);

/**
 * Alert rules: on each completed response (`kind = response`) or on a metric checked on a schedule
 * (`kind = metric`); when the condition holds, the actions run (open a case, notify, webhook, tag).
 */
export const alertRules = pgTable(
  'alert_rules',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    isEnabled: boolean('is_enabled').notNull().default(true),
    /** Surveys it watches; empty: every survey. */
    surveyIds: uuid('survey_ids').array().notNull().default(sql`'{}'::uuid[]`),
    condition: jsonb('condition').notNull(),
    actions: jsonb('actions').notNull(),
    /** Responses completed before this are never judged by this version of the rule (unless asked). */
    activeFrom: timestamp('active_from', { withTimezone: true }).notNull().defaultNow(),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** Each time a rule fired, once per subject (a response id, or a metric rule's period): a retry fires nothing twice. */
export const alertFirings = pgTable(
  'alert_firings',
  {
    workspaceId: uuid('workspace_id').notNull(),
    ruleId: uuid('rule_id').notNull(),
    subject: text('subject').notNull(),
    responseId: uuid('response_id'),
    caseId: uuid('case_id'),
    details: jsonb('details').notNull().default({}),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.ruleId, t.subject] }), index('alert_firings_recent_idx').on(t.workspaceId, t.firedAt)],
);

/** The scores of each completed response, as rules read them: what recovery rates are counted from. */
export const responseScores = pgTable(
  'response_scores',
  {
    workspaceId: uuid('workspace_id').notNull(),
    responseId: uuid('response_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    contactId: uuid('contact_id'),
    nps: smallint('nps'),
    csat: smallint('csat'),
    ces: smallint('ces'),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.responseId] }), index('response_scores_contact_idx').on(t.workspaceId, t.contactId, t.completedAt)],
);

/** Tags put on responses by rules (and later by people). */
export const responseTags = pgTable(
  'response_tags',
  {
    workspaceId: uuid('workspace_id').notNull(),
    responseId: uuid('response_id').notNull(),
    tag: text('tag').notNull(),
    ruleId: uuid('rule_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.responseId, t.tag] }), index('response_tags_tag_idx').on(t.workspaceId, t.tag)],
);

/**
 * A follow-up case: the customer, the response(s) and context that opened it, who owns it, how
 * urgent it is, where it stands and when it is due. Everything that happens to it is in `case_events`.
 */
export const cases = pgTable(
  'cases',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    /** Per workspace, counting from 1: what people say on the phone ("case 42"). */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    /** new, in_progress, waiting_for_customer, resolved, closed. */
    status: text('status').notNull().default('new'),
    /** low, normal, high, urgent. */
    priority: text('priority').notNull().default('normal'),
    teamId: uuid('team_id'),
    ownerUserId: uuid('owner_user_id'),
    contactId: uuid('contact_id'),
    surveyId: uuid('survey_id'),
    responseIds: uuid('response_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ruleId: uuid('rule_id'),
    /** The customer's language, for replies. */
    language: text('language'),
    /** Where it came from: channel, scores, hidden fields, the comment. */
    context: jsonb('context').notNull().default({}),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** Set while the case waits for the customer: the SLA clock is stopped meanwhile. */
    slaPausedAt: timestamp('sla_paused_at', { withTimezone: true }),
    escalationLevel: integer('escalation_level').notNull().default(0),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Whether the case was resolved or closed before it was due. */
    isSlaMet: boolean('is_sla_met'),
    rootCause: text('root_cause'),
    resolution: text('resolution'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('cases_number_key').on(t.workspaceId, t.number),
    index('cases_open_due_idx').on(t.dueAt).where(sql`${t.status} NOT IN ('resolved', 'closed')`),
    index('cases_owner_idx').on(t.workspaceId, t.ownerUserId, t.status),
    index('cases_team_idx').on(t.workspaceId, t.teamId, t.status),
    index('cases_contact_idx').on(t.workspaceId, t.contactId),
  ],
);

/** A case's timeline: notes, status and owner changes, replies, actions, escalations; who and when. */
export const caseEvents = pgTable(
  'case_events',
  {
    workspaceId: uuid('workspace_id').notNull(),
    caseId: uuid('case_id').notNull(),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    /** Null: Kuulo itself (a rule, the SLA job). */
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    data: jsonb('data').notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.caseId, t.id] })],
);
