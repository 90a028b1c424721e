import { z } from 'zod';

/**
 * The workspace's mail log as the API answers it (`GET …/mail`, `GET …/mail/:id`, `POST …/mail/test`): the server
 * declares these as the routes' responses, and the admin app reads them with the same types.
 */

/** What a mail is for; the admin app names each in the reader's language. */
export const mailPurposes = ['test', 'invitation', 'invitation.reminder', 'alert.notify', 'case.assigned', 'case.reply', 'case.recovery_survey', 'member.invitation', 'user.password_reset'] as const;
export type MailPurpose = (typeof mailPurposes)[number];

/** queued → sent, or failed after the last retry; outbox when no SMTP server is set (never sent). */
export const mailStatuses = ['outbox', 'queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export const MailSummary = z.object({
  id: z.string(),
  purpose: z.enum(mailPurposes),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  status: z.enum(mailStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MailSummary = z.infer<typeof MailSummary>;

export const MailPage = z.object({
  items: z.array(MailSummary),
  /** The `before` of the next page; null on the last. */
  next: z.string().nullable(),
  /** 'outbox': no SMTP_URL is set, so mail is kept here and never leaves. */
  transport: z.enum(['smtp', 'outbox']),
});
export type MailPage = z.infer<typeof MailPage>;

export const MailMessage = MailSummary.extend({
  replyTo: z.string().nullable(),
  text: z.string(),
  /** The HTML part, when the mail has one (invitations and reminders do). */
  html: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  /** True for a mail that carries someone's own sign-in link once SMTP has it to deliver: its text and HTML are left out. */
  isWithheld: z.boolean(),
});
export type MailMessage = z.infer<typeof MailMessage>;

/** A test message, queued (and then sent, or kept in the outbox). */
export const TestMailQueued = z.object({ id: z.string() });
export type TestMailQueued = z.infer<typeof TestMailQueued>;
