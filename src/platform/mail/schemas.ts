/**
 * The mail log as the API answers it; the admin app takes its types from these (type-only import).
 */
import { z } from 'zod';

export const mailStatuses = ['queued', 'sent', 'failed', 'outbox'] as const;

export const MailSummarySchema = z.object({
  id: z.uuid(),
  purpose: z.string(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  /** One of mailStatuses; a newer server may add others. */
  status: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});

export const MailPageSchema = z.object({
  items: z.array(MailSummarySchema),
  next: z.uuid().nullable(),
  /** 'outbox': no SMTP_URL is set, so mail is kept here and never leaves. */
  transport: z.enum(['smtp', 'outbox']),
});

export const MailMessageSchema = MailSummarySchema.extend({
  replyTo: z.string().nullable(),
  /** Withheld (`isWithheld`) for a mail that carries someone's own sign-in link once SMTP has it to deliver. */
  text: z.string(),
  html: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  isWithheld: z.boolean(),
});

export type MailSummary = z.infer<typeof MailSummarySchema>;
export type MailPage = z.infer<typeof MailPageSchema>;
export type MailMessage = z.infer<typeof MailMessageSchema>;
