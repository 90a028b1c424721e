import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { signToken, verifyToken } from '../../platform/auth/signed-tokens.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { newToken } from '../../platform/auth/secrets.js';
import { linkUses } from '../schema.js';

/**
 * A personal link carries who it is for and the context (hidden fields) in a signed token, so an
 * invitation email or a post-chat message needs no lookup table, and any change to it is refused.
 */
const LinkPayload = z.object({
  /** Token format version. */
  v: z.literal(1),
  /** Workspace and survey the link is for. */
  w: z.uuid(),
  s: z.uuid(),
  /** Link id: names the link in the single-use ledger. */
  l: z.string(),
  c: z.uuid().optional(),
  h: z.record(z.string(), z.string()).optional(),
  /** Expiry, seconds since the epoch. */
  x: z.number().optional(),
  /** Single use. */
  o: z.literal(1).optional(),
  /** The channel answers through this link count as (email, api…). */
  ch: z.string().optional(),
});
export type PersonalLink = z.infer<typeof LinkPayload>;

export function issuePersonalLink(key: Buffer, options: { workspaceId: string; surveyId: string; /** Names the link (an invitation's id); default: a new random id. */ linkId?: string; contactId?: string; hidden?: Record<string, string>; expiresAt?: Date; isSingleUse?: boolean; channel?: string }): string {
  const payload: PersonalLink = {
    v: 1,
    w: options.workspaceId,
    s: options.surveyId,
    l: options.linkId ?? newToken(12),
    ...(options.contactId ? { c: options.contactId } : {}),
    ...(options.hidden && Object.keys(options.hidden).length ? { h: options.hidden } : {}),
    ...(options.expiresAt ? { x: Math.floor(options.expiresAt.getTime() / 1000) } : {}),
    ...(options.isSingleUse ? { o: 1 as const } : {}),
    ...(options.channel ? { ch: options.channel } : {}),
  };
  return signToken(payload, key);
}

/** Reads a personal link for the given survey; refuses one that was changed, is for another survey, or has expired. */
export function readPersonalLink(key: Buffer, token: string, survey: { workspaceId: string; id: string }, now = new Date()): PersonalLink {
  const parsed = LinkPayload.safeParse(verifyToken(token, key));
  if (!parsed.success || parsed.data.w !== survey.workspaceId || parsed.data.s !== survey.id) {
    throw new AppError('link_invalid', 'link.invalid');
  }
  if (parsed.data.x !== undefined && parsed.data.x * 1000 <= now.getTime()) throw new AppError('link_expired', 'link.expired');
  return parsed.data;
}

/** Spends a single-use link on one response; its retries and later pages may use it again, nothing else may. */
export async function claimPersonalLink(db: Db, link: PersonalLink, submissionId: string) {
  if (!link.o) return;
  const [claimed] = await db.insert(linkUses).values({ workspaceId: link.w, linkId: link.l, submissionId }).onConflictDoNothing().returning();
  if (claimed) return;
  const [use] = await db.select().from(linkUses).where(and(eq(linkUses.workspaceId, link.w), eq(linkUses.linkId, link.l))).limit(1);
  if (use && use.submissionId !== submissionId) throw new AppError('link_used', 'link.used');
}

/** Whether a single-use link has been spent, so the page can say so before anyone starts answering. */
export async function isPersonalLinkUsed(db: Db, link: PersonalLink): Promise<boolean> {
  const [use] = await db.select().from(linkUses).where(and(eq(linkUses.workspaceId, link.w), eq(linkUses.linkId, link.l))).limit(1);
  return Boolean(use);
}
