import { z } from 'zod';
import { invitationStatuses, type InvitationStage } from './distributions.js';

/**
 * What `GET …/distributions/:id/report` and `…/invitations` answer: the server declares them as
 * the routes' responses and the admin app reads them with the same types.
 */

const count = z.number().int().min(0);
/** A share from 0 to 1; null when there is nothing to divide by yet. */
const rate = z.number().min(0).max(1).nullable();

/** How many of a distribution's invitations are at each status, and how far the sent ones got. */
export const InvitationCounts = z.object({
  recipients: count,
  draft: count,
  queued: count,
  sending: count,
  /** Sent: accepted by the mail server, or written to the outbox when no server is set (see `delivery`). */
  sent: count,
  skipped: count,
  failed: count,
  bounced: count,
  cancelled: count,
  opened: count,
  reliablyOpened: count,
  started: count,
  completed: count,
  remindersSent: count,
});
export type InvitationCounts = z.infer<typeof InvitationCounts>;

/**
 * Where the sent invitations went. Without SMTP_URL a mail is only written to the outbox
 * (Settings → Mail): nobody has received it, and the report must not say otherwise.
 */
export const DeliveryFigures = z.object({
  /** How this server sends mail now: over SMTP, or into the outbox. */
  transport: z.enum(['smtp', 'outbox']),
  /** Invitations a mail server accepted. */
  acceptedByServer: count,
  /** Invitations whose mail still sits in the outbox, never sent. */
  inOutbox: count,
});
export type DeliveryFigures = z.infer<typeof DeliveryFigures>;

export const DistributionReport = z.object({
  counts: InvitationCounts,
  delivery: DeliveryFigures,
  skipReasons: z.array(z.object({ reason: z.string(), count })),
  /** Completed ÷ delivered (sent, not bounced). */
  responseRate: rate,
  completionRate: rate,
  openRate: rate,
  reliableOpenRate: rate,
  bounceRate: rate,
  remindersSent: count,
  byLanguage: z.array(z.object({ language: z.string(), sent: count, bounced: count, completed: count, responseRate: rate })),
});
export type DistributionReport = z.infer<typeof DistributionReport>;

/** Every stage an invitation can be at, most advanced first. */
export const invitationStages = ['completed', 'started', 'opened', ...invitationStatuses] as const satisfies readonly InvitationStage[];
const time = z.string().nullable();

/** One recipient of a distribution and how far they got. */
export const InvitationView = z.object({
  id: z.string(),
  contact: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  email: z.string().nullable(),
  language: z.string().nullable(),
  status: z.enum(invitationStatuses),
  stage: z.enum(invitationStages),
  /** Sent, but only into the outbox (no mail server was set): the recipient has not received it. */
  isInOutbox: z.boolean(),
  skipReason: z.string().nullable(),
  context: z.record(z.string(), z.string()),
  dueAt: z.string(),
  sentAt: time,
  openedAt: time,
  isOpenUnreliable: z.boolean(),
  startedAt: time,
  completedAt: time,
  remindersSent: count,
  nextReminderAt: time,
  lastError: z.string().nullable(),
  responseId: z.string().nullable(),
});
export type InvitationView = z.infer<typeof InvitationView>;

export const InvitationList = z.object({
  invitations: z.array(InvitationView),
  /** The `beforeId` of the next page; null on the last. */
  nextBeforeId: z.string().nullable(),
});
export type InvitationList = z.infer<typeof InvitationList>;
