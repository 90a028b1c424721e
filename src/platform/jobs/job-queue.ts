import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from '../db/database.js';

/** A background job: a name, the shape of its payload, and what it does. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  handler: (payload: z.infer<S>, context: { jobId: string; log: Logger; /** No retry follows if this run fails. */ isLastAttempt: boolean }) => Promise<unknown>;
  /** How often and how patiently a failed job is tried again. */
  retry?: { limit: number; delaySeconds: number; backoff: boolean };
  /** Jobs that run on a schedule (cron, in the workspace-independent server time zone). */
  cron?: string;
}

export const defineJob = <S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> => definition;

export interface JobQueue {
  /** Registers a job before `start`; its worker starts with the queue. */
  register(definition: JobDefinition): void;
  start(): Promise<void>;
  send<S extends z.ZodType>(definition: JobDefinition<S>, payload: z.infer<S>, options?: { startAfterSeconds?: number; singletonKey?: string }): Promise<string>;
  /** The stored state of a job, for tests and admin views. */
  findJob(name: string, id: string): Promise<{ state: string; output: unknown } | null>;
  stop(): Promise<void>;
}

/**
 * The job queue (pg-boss), on the embedded database as on a PostgreSQL server.
 * Payloads are validated when sent and again when run, so a bad job fails loudly and once.
 */
export function createJobQueue(database: Database, log: Logger): JobQueue {
  const definitions = new Map<string, JobDefinition>();
  const boss = new PgBoss({
    ...database.jobQueueConnection,
    schema: 'pgboss',
    // Embedded mode polls its own in-process database: keep the idle cost low.
    maintenanceIntervalSeconds: database.kind === 'embedded' ? 300 : 120,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  let started = false;
  /** This node's worker per queue: woken when a job is sent here, and after each job while there is work. */
  const workers = new Map<string, string>();
  const wake = (name: string) => {
    const id = workers.get(name);
    if (id) boss.notifyWorker(id);
  };

  return {
    register(definition) {
      if (started) throw new Error(`Job ${definition.name} must be registered before the queue starts.`);
      if (definitions.has(definition.name)) throw new Error(`Job ${definition.name} is registered twice.`);
      definitions.set(definition.name, definition);
    },

    async start() {
      await boss.start();
      started = true;
      for (const definition of definitions.values()) {
        const retry = definition.retry ?? { limit: 3, delaySeconds: 30, backoff: true };
        await boss.createQueue(definition.name, {
          name: definition.name,
          retryLimit: retry.limit,
          retryDelay: retry.delaySeconds,
          retryBackoff: retry.backoff,
        });
        // One job at a time, each retried on its own. pg-boss waits out its polling interval after every
        // fetch; a worker that just did a job is woken at once, so a backlog drains at the handlers' own
        // pace (not one job per second), while an idle queue still polls only once a second.
        const workerId = await boss.work(definition.name, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, async (jobs) => {
          const outputs = [];
          for (const job of jobs) {
            const jobLog = log.child({ job: definition.name, jobId: job.id });
            const payload = definition.payload.parse(job.data);
            outputs.push(await definition.handler(payload, { jobId: job.id, log: jobLog, isLastAttempt: job.retryCount >= job.retryLimit }));
          }
          wake(definition.name);
          return outputs.length === 1 ? outputs[0] : outputs;
        });
        workers.set(definition.name, workerId);
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {});
      }
    },

    async send(definition, payload, options = {}) {
      if (!definitions.has(definition.name)) throw new Error(`Job ${definition.name} is not registered.`);
      const data = definition.payload.parse(payload) as object;
      const id = await boss.send(definition.name, data, {
        startAfter: options.startAfterSeconds,
        singletonKey: options.singletonKey,
      });
      if (!id) throw new Error(`Job ${definition.name} was not queued.`);
      if (!options.startAfterSeconds) wake(definition.name);
      return id;
    },

    async findJob(name, id) {
      const job = await boss.getJobById(name, id);
      return job ? { state: job.state, output: job.output } : null;
    },

    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, close: database.kind === 'postgres', timeout: 10_000 });
    },
  };
}
