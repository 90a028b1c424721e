import type { RecipientImport } from '../contacts/csv-import.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import type { Db } from '../../platform/db/database.js';
import { recipientRow } from './distributions.js';
import { wakeSender, type InvitationJobs } from './send-job.js';
import * as store from './store.js';

/** A CSV of a distribution's recipients: each contact the import takes joins the distribution once. */
export function recipientImport(db: Db, jobs: JobQueue, sender: Pick<InvitationJobs, 'sendJob'>): RecipientImport {
  return {
    async add(tx, workspaceId, distributionId, contact) {
      const distribution = await store.findDistribution(tx, workspaceId, distributionId);
      if (!distribution || distribution.kind !== 'once' || !['draft', 'scheduled', 'sending', 'sent'].includes(distribution.status)) return `not added: the distribution is ${distribution?.status ?? 'deleted'}`;
      const dueAt = distribution.status === 'scheduled' && distribution.scheduledAt ? distribution.scheduledAt : new Date();
      const [added] = await store.insertInvitations(tx, [recipientRow(distribution, contact, distribution.status === 'draft' ? 'draft' : 'queued', dueAt)]);
      if (!added) return `${contact.email ?? contact.externalId} is already a recipient (an earlier row or upload)`;
      if (distribution.status === 'sent') await store.updateDistribution(tx, workspaceId, distributionId, { status: 'sending' });
      return null;
    },
    async finished(workspaceId, distributionId) {
      const distribution = await store.findDistribution(db, workspaceId, distributionId);
      if (distribution?.status === 'sending') await wakeSender(jobs, sender, workspaceId);
    },
  };
}
