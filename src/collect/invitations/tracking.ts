import { z } from 'zod';
import { signToken, verifyToken } from '../../platform/auth/signed-tokens.js';

/**
 * Signed tokens in the links of an invitation mail: unsubscribe (`/u/<token>`) and the open
 * image (`/o/<token>.gif`). They name the invitation and contact, so no lookup table is needed and
 * a changed token is refused.
 */
const UnsubscribePayload = z.object({ k: z.literal('u'), w: z.uuid(), c: z.uuid(), i: z.uuid() });
const OpenPayload = z.object({ k: z.literal('o'), w: z.uuid(), i: z.uuid() });
export type UnsubscribeToken = z.infer<typeof UnsubscribePayload>;
export type OpenToken = z.infer<typeof OpenPayload>;

export const unsubscribeUrl = (publicUrl: string, key: Buffer, invitation: { workspaceId: string; contactId: string; id: string }) =>
  `${publicUrl}/u/${signToken({ k: 'u', w: invitation.workspaceId, c: invitation.contactId, i: invitation.id } satisfies UnsubscribeToken, key)}`;

export const openPixelUrl = (publicUrl: string, key: Buffer, invitation: { workspaceId: string; id: string }) =>
  `${publicUrl}/o/${signToken({ k: 'o', w: invitation.workspaceId, i: invitation.id } satisfies OpenToken, key)}.gif`;

export function readUnsubscribeToken(key: Buffer, token: string): UnsubscribeToken | null {
  const parsed = UnsubscribePayload.safeParse(verifyToken(token, key));
  return parsed.success ? parsed.data : null;
}

export function readOpenToken(key: Buffer, token: string): OpenToken | null {
  const parsed = OpenPayload.safeParse(verifyToken(token.replace(/\.gif$/, ''), key));
  return parsed.success ? parsed.data : null;
}

/** Mail scanners, link checkers and privacy proxies that fetch images without a person looking. */
const scannerAgents = /bot|crawler|spider|scan|proofpoint|mimecast|barracuda|safelinks|messagelabs|fireeye|trend ?micro|sophos|forcepoint|cisco|ironport|symantec|python|curl|wget|go-http|java\/|okhttp|headless/i;

/** An open that may not be a person: a known scanner, or one within a minute of sending (scanners open at once). */
export function isOpenUnreliable(userAgent: string | null | undefined, sentAt: Date | null, now: Date): boolean {
  if (!userAgent || scannerAgents.test(userAgent)) return true;
  return sentAt !== null && now.getTime() - sentAt.getTime() < 60_000;
}
