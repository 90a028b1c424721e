import { z } from 'zod';
import { Key } from '../survey/schema.js';

/**
 * A distribution: one survey sent by email to chosen recipients (once, now or at a set time), or
 * to whoever an event names (a trigger: "order delivered" sends the post-delivery survey after a
 * delay). Shared by the server, which validates and runs it, and the admin app, which edits it.
 */

const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'must be an id' });
const AttributeName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'attribute names are lower_snake_case' });

export const conditionOps = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'present', 'absent'] as const;
export type ConditionOp = (typeof conditionOps)[number];

export const AttributeCondition = z
  .object({
    attribute: AttributeName,
    op: z.enum(conditionOps),
    value: z.union([z.string().max(1000), z.number(), z.boolean()]).optional(),
  })
  .strict()
  .refine((c) => c.op === 'present' || c.op === 'absent' || c.value !== undefined, { error: 'needs a value', path: ['value'] })
  .refine((c) => !['gt', 'gte', 'lt', 'lte'].includes(c.op) || typeof c.value === 'number', { error: 'compares with a number', path: ['value'] });
export type AttributeCondition = z.infer<typeof AttributeCondition>;

/** Who a one-off distribution goes to. A CSV upload adds its rows as chosen contacts. */
export const Audience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('segment'), match: z.enum(['all', 'any']).default('all'), conditions: z.array(AttributeCondition).min(1, { error: 'needs at least one condition' }).max(20) }).strict(),
  z.object({ kind: z.literal('contacts'), contactIds: z.array(Uuid).max(10_000) }).strict(),
]);
export type Audience = z.infer<typeof Audience>;

/** A number written as text in an attribute (CSV imports store text); the database uses the same pattern. */
export const numberPattern = /^\s*-?[0-9]+(\.[0-9]+)?\s*$/;

/** Whether a contact's attributes meet a condition; the database applies the same test to a whole segment. */
export function conditionHolds(condition: AttributeCondition, attributes: Readonly<Record<string, unknown>>): boolean {
  const value = attributes[condition.attribute];
  const isPresent = value !== undefined && value !== null && value !== '';
  switch (condition.op) {
    case 'present':
      return isPresent;
    case 'absent':
      return !isPresent;
    case 'eq':
      return isPresent && String(value) === String(condition.value);
    case 'neq':
      return !isPresent || String(value) !== String(condition.value);
    case 'contains':
      return isPresent && String(value).toLowerCase().includes(String(condition.value).toLowerCase());
    default: {
      const number = typeof value === 'number' ? value : typeof value === 'string' && numberPattern.test(value) ? Number(value) : Number.NaN;
      const limit = condition.value as number;
      if (!Number.isFinite(number)) return false;
      return condition.op === 'gt' ? number > limit : condition.op === 'gte' ? number >= limit : condition.op === 'lt' ? number < limit : number <= limit;
    }
  }
}

export const Reminders = z
  .object({
    /** Days after the invitation (or the previous reminder) that a reminder goes, if no answer came. */
    afterDays: z.number().int().min(1).max(60),
    /** At most this many reminders; 0: none. */
    maxReminders: z.number().int().min(0).max(5),
  })
  .strict();
export type Reminders = z.infer<typeof Reminders>;

export const Trigger = z
  .object({
    /** The event's name as the company's systems send it, such as order.delivered. */
    event: z.string().regex(/^[a-z][a-z0-9_.-]{0,99}$/, { error: 'must be a name such as order.delivered' }),
    /** How long after the event the invitation goes. */
    delayMinutes: z.number().int().min(0).max(60 * 24 * 90),
  })
  .strict();
export type Trigger = z.infer<typeof Trigger>;

const TemplateId = z.string().min(1).max(100).nullable();

const common = {
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  surveyId: Uuid,
  /** null: the built-in template. */
  invitationTemplateId: TemplateId.default(null),
  reminderTemplateId: TemplateId.default(null),
  /** Puts the survey's first question (NPS, CSAT or a single choice) in the mail; a click opens the survey with it chosen. */
  embedFirstQuestion: z.boolean().default(false),
  reminders: Reminders.default({ afterDays: 3, maxReminders: 1 }),
  /** Links stop working this many days after they were sent. */
  linkValidDays: z.number().int().min(1).max(365).default(30),
  /** Who the mail says it is from (a name; the address is the server's). */
  senderName: z.string().trim().max(100).nullable().default(null),
};

export const DistributionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), ...common, audience: Audience.default({ kind: 'contacts', contactIds: [] }) }).strict(),
  z.object({ kind: z.literal('trigger'), ...common, trigger: Trigger }).strict(),
]);
export type DistributionInput = z.infer<typeof DistributionInput>;
export type DistributionInputShape = z.input<typeof DistributionInput>;

export const distributionStatuses = ['draft', 'scheduled', 'sending', 'sent', 'cancelled', 'active', 'paused'] as const;
export type DistributionStatus = (typeof distributionStatuses)[number];

export const invitationStatuses = ['draft', 'queued', 'sending', 'sent', 'skipped', 'failed', 'bounced', 'cancelled'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** Where one invitation has got to, most advanced first, as a report shows it. */
export type InvitationStage = 'completed' | 'started' | 'opened' | InvitationStatus;

export function stageOf(invitation: { status: string; openedAt: unknown; startedAt: unknown; completedAt: unknown }): InvitationStage {
  if (invitation.completedAt) return 'completed';
  if (invitation.startedAt) return 'started';
  if (invitation.status === 'sent' && invitation.openedAt) return 'opened';
  return invitation.status as InvitationStatus;
}

/** An event from the company's systems that sends the surveys its triggers name. */
export const TriggerEventInput = z
  .object({
    event: Trigger.shape.event,
    /** Who it happened to: found by external id, else email, and created or brought up to date. */
    contact: z.record(z.string(), z.unknown()),
    /** What it was about (order id, product…): kept on the response as hidden fields the survey declares. */
    context: z.record(Key, z.union([z.string().max(500), z.number(), z.boolean()])).default({}),
    /** Idempotency: an event with a key already taken sends nothing again (default: the event, contact and context). */
    key: z.string().min(1).max(200).optional(),
  })
  .strict();
export type TriggerEventInput = z.infer<typeof TriggerEventInput>;
