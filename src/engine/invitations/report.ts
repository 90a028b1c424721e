import { z } from 'zod';

/**
 * What `GET …/distributions/:id/report` answers: the server declares it as the route's response
 * and the admin app reads it with the same types.
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
