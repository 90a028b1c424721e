import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Audience, AttributeCondition } from '../../engine/invitations/distributions.js';
import type { Db } from '../../platform/db/database.js';
import { contacts, invitations } from '../schema.js';

/**
 * Who a distribution reaches, as SQL over contacts, so a send to 100 000 people is one statement,
 * not 100 000 round trips. Conditions mean what engine `conditionHolds` says they mean.
 */

const numberPattern = '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$';

function conditionSql(condition: AttributeCondition): SQL {
  const text = sql`(${contacts.attributes} ->> ${condition.attribute})`;
  const isPresent = sql`coalesce(${text}, '') <> ''`;
  const value = String(condition.value ?? '');
  switch (condition.op) {
    case 'present':
      return isPresent;
    case 'absent':
      return sql`not (${isPresent})`;
    case 'eq':
      return sql`(${isPresent} and ${text} = ${value})`;
    case 'neq':
      return sql`(not (${isPresent}) or ${text} <> ${value})`;
    case 'contains':
      return sql`(${isPresent} and strpos(lower(${text}), lower(${value})) > 0)`;
    default: {
      const operator = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[condition.op];
      const number = sql`(case when ${text} ~ ${numberPattern} then trim(${text})::numeric end)`;
      return sql`(${number} ${sql.raw(operator)} ${Number(condition.value)})`;
    }
  }
}

/** The contacts an audience names, as a condition on the contacts table (null: nobody but those added by hand). */
export function audienceSql(audience: Audience): SQL | null {
  switch (audience.kind) {
    case 'all':
      return sql`true`;
    case 'segment': {
      const parts = audience.conditions.map(conditionSql);
      return sql`(${sql.join(parts, sql.raw(audience.match === 'all' ? ' and ' : ' or '))})`;
    }
    case 'contacts':
      return audience.contactIds.length ? sql`${contacts.id} in (${sql.join(audience.contactIds.map((id) => sql`${id}::uuid`), sql`, `)})` : null;
  }
}

/** How many contacts an audience reaches, and how many of them can get mail. */
export async function countAudience(db: Db, workspaceId: string, audience: Audience) {
  const where = audienceSql(audience);
  if (!where) return { contacts: 0, withEmail: 0, unsubscribed: 0, bounced: 0 };
  const [row] = await db
    .select({
      contacts: sql<number>`count(*)::int`,
      withEmail: sql<number>`count(*) filter (where ${contacts.email} is not null and ${contacts.unsubscribedAt} is null and ${contacts.emailStatus} is null)::int`,
      unsubscribed: sql<number>`count(${contacts.unsubscribedAt})::int`,
      bounced: sql<number>`count(*) filter (where ${contacts.emailStatus} is not null)::int`,
    })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), where));
  return row!;
}

/**
 * Turns the audience into invitations due at `dueAt` (a contact already invited by this
 * distribution is not invited twice), and queues the recipients added by hand. Returns how many
 * invitations are now queued.
 */
export async function materializeAudience(db: Db, distribution: { workspaceId: string; id: string; surveyId: string }, audience: Audience | null, dueAt: Date): Promise<number> {
  const where = audience ? audienceSql(audience) : null;
  if (where) {
    await db.execute(sql`
      insert into ${invitations} (workspace_id, id, distribution_id, survey_id, contact_id, email, language, dedupe_key, status, skip_reason, due_at)
      select ${contacts.workspaceId}, gen_random_uuid(), ${distribution.id}::uuid, ${distribution.surveyId}::uuid, ${contacts.id}, ${contacts.email}, ${contacts.language}, ${contacts.id}::text,
             case when ${contacts.email} is null then 'skipped' else 'queued' end,
             case when ${contacts.email} is null then 'no email address' end,
             ${dueAt.toISOString()}::timestamptz
      from ${contacts}
      where ${contacts.workspaceId} = ${distribution.workspaceId}::uuid and ${where}
      on conflict do nothing`);
  }
  await db
    .update(invitations)
    .set({ status: 'queued', dueAt })
    .where(and(eq(invitations.workspaceId, distribution.workspaceId), eq(invitations.distributionId, distribution.id), eq(invitations.status, 'draft')));
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, distribution.workspaceId), eq(invitations.distributionId, distribution.id), eq(invitations.status, 'queued')));
  return row!.count;
}
