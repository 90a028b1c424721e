import type { PostOutcome, ResponseBody } from './api.js';

/** What a send finally comes to: never "retry", which the sender handles itself. */
export type SendResult = Exclude<PostOutcome, { kind: 'retry' }>;

export interface SenderOptions {
  post: (body: ResponseBody) => Promise<PostOutcome>;
  /** Told when sends start failing for now (show a calm notice) and when they get through again. */
  onRetrying?: (isRetrying: boolean) => void;
  /** Waits before the next attempt; resolves early when the connection comes back. */
  wait?: (ms: number) => Promise<void>;
  backoffMs?: (attempt: number) => number;
}

/**
 * 1 s, 2 s, 4 s… up to 30 s, each a little randomised so many browsers coming back online at
 * once do not all knock at the same moment.
 */
export function defaultBackoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Waits `ms`, or until the browser says it is online again, whichever is first. */
export function waitOrOnline(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
  });
}

/**
 * Sends responses one at a time, in order, retrying each until the server has it.
 *
 * Every body carries all the answers so far under the same submission id, so a retry is a replay
 * the server recognises (never a second response), and a newer body makes a waiting partial one
 * pointless: it takes its place and answers for it. A body already on its way is never dropped, so
 * a partial save cannot overtake the complete one.
 */
export function createSender({ post, onRetrying, wait = waitOrOnline, backoffMs = defaultBackoffMs }: SenderOptions) {
  interface Item {
    body: ResponseBody;
    settle: ((result: SendResult) => void)[];
  }
  let waiting: Item[] = [];
  let isRunning = false;
  let isRetrying = false;

  const setRetrying = (value: boolean) => {
    if (value !== isRetrying) onRetrying?.((isRetrying = value));
  };

  async function run(): Promise<void> {
    isRunning = true;
    for (let item = waiting.shift(); item; item = waiting.shift()) {
      let attempt = 0;
      for (;;) {
        const outcome = await post(item.body);
        if (outcome.kind !== 'retry') {
          setRetrying(false);
          for (const settle of item.settle) settle(outcome);
          break;
        }
        setRetrying(true);
        attempt++;
        await wait(outcome.afterMs ?? backoffMs(attempt));
      }
    }
    isRunning = false;
  }

  return {
    send(body: ResponseBody): Promise<SendResult> {
      return new Promise((resolve) => {
        const replaced = waiting.filter((item) => !item.body.isComplete);
        waiting = waiting.filter((item) => item.body.isComplete);
        waiting.push({ body, settle: [resolve, ...replaced.flatMap((item) => item.settle)] });
        if (!isRunning) void run();
      });
    },
  };
}
