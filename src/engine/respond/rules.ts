import { z } from 'zod';
import { intentNames, sentimentLabels } from '../comments.js';
import { Key } from '../survey/schema.js';

/** A record's id, as rules name teams, members and surveys. */
export const Id = z.uuid({ error: 'must be an id (UUID)' });

/**
 * The alert rule model, shared by the API, the evaluator and the admin app. A response rule judges
 * one completed response; a metric rule judges a survey's (or a segment's) NPS or CSAT on a schedule.
 */

const Score = z.number().int().min(0).max(10);
const Comparison = z.enum(['eq', 'neq', 'lt', 'lte', 'gt', 'gte']);

/** One test on a completed response. */
export const ResponseTest = z.discriminatedUnion('field', [
  /** The response's NPS, CSAT or CES score (the survey's first question of that type). */
  z.object({ field: z.enum(['nps', 'csat', 'ces']), op: Comparison, value: Score }).strict(),
  /** CSAT at or below the workspace's problem threshold (Insights settings, default 3). */
  z.object({ field: z.literal('csat_problem') }).strict(),
  /** Any answer, by question id: numbers compared, choices by option id, text by what it contains. */
  z
    .object({
      field: z.literal('answer'),
      question: Key,
      op: z.enum(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'includes', 'contains', 'answered', 'not_answered']),
      value: z.union([z.number(), z.string().max(500)]).optional(),
    })
    .strict(),
  /** A contact attribute (plan, revenue, segment…): compared as a number when both sides are numbers. */
  z
    .object({
      field: z.literal('contact'),
      attribute: z.string().regex(/^[A-Za-z][\w.-]{0,63}$/, { error: 'must be an attribute name' }),
      op: z.enum(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'present', 'absent']),
      value: z.union([z.number(), z.string().max(500)]).optional(),
    })
    .strict(),
  z.object({ field: z.literal('hidden'), key: Key, op: z.enum(['eq', 'neq', 'present', 'absent']), value: z.string().max(500).optional() }).strict(),
  z.object({ field: z.enum(['channel', 'language']), op: z.enum(['eq', 'neq']), value: z.string().max(50) }).strict(),
  /**
   * What the response's comments say, once analysed: one of them has (eq) or none has (neq) this
   * sentiment; one of them does (includes) or none does (excludes) this intent, or is on this topic.
   * A rule with such a test is judged after the analysis, seconds later.
   */
  z.object({ field: z.literal('sentiment'), op: z.enum(['eq', 'neq']), value: z.enum(sentimentLabels, { error: `must be one of ${sentimentLabels.join(', ')}` }) }).strict(),
  z.object({ field: z.literal('intent'), op: z.enum(['includes', 'excludes']), value: z.enum(intentNames, { error: `must be one of ${intentNames.join(', ')}` }) }).strict(),
  z.object({ field: z.literal('topic'), op: z.enum(['includes', 'excludes']), value: Id }).strict(),
]);
/** Tests that read the comments' analysis. */
export const commentFields = ['sentiment', 'intent', 'topic'] as const;
export const usesComments = (condition: { tests: readonly { field: string }[] }): boolean => condition.tests.some((test) => (commentFields as readonly string[]).includes(test.field));
export type ResponseTest = z.infer<typeof ResponseTest>;

export const ResponseCondition = z.object({ match: z.enum(['all', 'any']).default('all'), tests: z.array(ResponseTest).min(1).max(20) }).strict();
export type ResponseCondition = z.infer<typeof ResponseCondition>;

/** A metric watched over a rolling window: below a value, or down significantly against the window before. */
export const MetricCondition = z
  .object({
    metric: z.enum(['nps', 'csat']),
    /** Only responses in this breakdown (channel:web, contact.plan:pro…). */
    segment: z.object({ dimension: z.string().max(70), value: z.string().max(200) }).strict().optional(),
    windowDays: z.number().int().min(1).max(90).default(7),
    /** NPS −100…100, CSAT 0…100 (percent satisfied). */
    below: z.number().min(-100).max(100).optional(),
    significantDrop: z.boolean().default(false),
  })
  .strict()
  .refine((c) => c.below !== undefined || c.significantDrop, { error: 'needs "below" or "significantDrop" (or both)' });
export type MetricCondition = z.infer<typeof MetricCondition>;

export const casePriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const CasePriority = z.enum(casePriorities, { error: `must be one of ${casePriorities.join(', ')}` });
export type CasePriority = z.infer<typeof CasePriority>;

/** Who a new case goes to. */
export const Assignment = z.discriminatedUnion('kind', [
  /** The team's queue, or (roundRobin) its members in turn. */
  z.object({ kind: z.literal('team'), teamId: Id, roundRobin: z.boolean().default(false) }).strict(),
  z.object({ kind: z.literal('user'), userId: Id }).strict(),
  /** The member named by the contact's account-owner attribute; else the fallback team. */
  z.object({ kind: z.literal('account_owner'), fallbackTeamId: Id.optional() }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export type Assignment = z.infer<typeof Assignment>;

export const RuleAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open_case'), priority: CasePriority.default('normal'), slaHours: z.number().min(0.25).max(24 * 90).optional(), assign: Assignment.default({ kind: 'none' }) }).strict(),
  z
    .object({ type: z.literal('notify'), userIds: z.array(Id).max(50).default([]), teamIds: z.array(Id).max(20).default([]), emails: z.array(z.email({ error: 'must be an email address' })).max(20).default([]) })
    .strict()
    .refine((a) => a.userIds.length + a.teamIds.length + a.emails.length > 0, { error: 'names no one to notify' }),
  /** Sends `alert.triggered` to the workspace's webhooks that want it. */
  z.object({ type: z.literal('webhook') }).strict(),
  z.object({ type: z.literal('tag'), tag: z.string().trim().min(1).max(50) }).strict(),
]);
export type RuleAction = z.infer<typeof RuleAction>;

const common = {
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  isEnabled: z.boolean().default(true),
  surveyIds: z.array(Id).max(100).default([]),
  actions: z.array(RuleAction).min(1, { error: 'needs at least one action' }).max(10),
};

export const RuleInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('response'), condition: ResponseCondition, ...common }).strict(),
  z.object({ kind: z.literal('metric'), condition: MetricCondition, ...common }).strict(),
]);
export type RuleInput = z.infer<typeof RuleInput>;
