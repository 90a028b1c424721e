import { z } from 'zod';
import { defineJob } from './job-queue.js';

/** A job that only answers: proves the queue runs end to end on either database. */
export const smokeJob = defineJob({
  name: 'platform.smoke',
  payload: z.object({ message: z.string().max(200) }).strict(),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  handler: async ({ message }) => ({ echo: message, at: new Date().toISOString() }),
});
