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

  it('does its housekeeping: expired sessions and reset links go, the embedded database is vacuumed', async () => {
    const { database: db } = t.kuulo.services;
    const [user] = (await db.execute(`INSERT INTO users (id, email, name, password_hash) VALUES ('00000000-0000-7000-8000-0000000000aa', 'reset@example.com', 'Reset', 'x') RETURNING id`)).rows;
    await db.execute(`INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ('old', '${String(user!.id)}', now() - interval '1 minute'), ('fresh', '${String(user!.id)}', now() + interval '1 hour')`);
    const result = await runHousekeeping(db);
    expect(result.vacuumed).toBe(database.name === 'pglite');
    expect(result.expiredSessions).toBe(0);
    expect(result.expiredResetLinks).toBe(1);
    expect((await db.execute('SELECT token_hash FROM password_resets')).rows).toEqual([{ token_hash: 'fresh' }]);
  });
});
