import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { invitations } from '../schema.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A response through an invitation's link moves the invitation on: started with its first
 * answers, completed when it is submitted. The link's id is the invitation's id; other personal
 * links name no invitation, and this does nothing for them.
 */
export async function recordInvitationProgress(db: Db, workspaceId: string, linkId: string, response: { id: string; state: string; startedAt: Date; completedAt: Date | null }) {
  if (!uuidPattern.test(linkId)) return;
  await db
    .update(invitations)
    .set({
      startedAt: sql`coalesce(${invitations.startedAt}, ${response.startedAt.toISOString()}::timestamptz)`,
      completedAt: response.state === 'complete' ? sql`coalesce(${invitations.completedAt}, ${(response.completedAt ?? new Date()).toISOString()}::timestamptz)` : invitations.completedAt,
      responseId: response.id,
      nextReminderAt: response.state === 'complete' ? null : invitations.nextReminderAt,
    })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, linkId)));
}
