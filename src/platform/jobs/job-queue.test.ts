import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { type TestKuulo, useTestKuulo } from '../../../test/kuulo.js';
import { runHousekeeping } from '../db/housekeeping.js';
import { smokeJob } from './smoke-job.js';

async function waitForJob(kuulo: TestKuulo, name: string, id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = await kuulo.services.jobs.findJob(name, id);
    if (job && ['completed', 'failed'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} is still ${job?.state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(testDatabases())('the job queue on $name', (database) => {
  const t = useTestKuulo(database);

  it('runs the smoke job end to end and stores its output', async () => {
    const id = await t.kuulo.services.jobs.send(smokeJob, { message: 'hei maailma' });
    const job = await waitForJob(t.kuulo, smokeJob.name, id);
    expect(job.state).toBe('completed');
    expect(job.output).toMatchObject({ echo: 'hei maailma' });
  });

  it('refuses a payload that does not fit the job, before it is queued', async () => {
    await expect(t.kuulo.services.jobs.send(smokeJob, { message: 42 } as never)).rejects.toThrow();
  });

  it('does its housekeeping: expired sessions go, the embedded database is vacuumed', async () => {
    const result = await runHousekeeping(t.kuulo.services.database);
    expect(result.vacuumed).toBe(database.name === 'pglite');
    expect(result.expiredSessions).toBe(0);
  });
});
