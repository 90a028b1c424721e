import { describe, expect, it } from 'vitest';
import type { PostOutcome, ResponseBody } from './api.js';
import { createSender, defaultBackoffMs } from './sender.js';

const body = (answers: Record<string, number>, isComplete = false): ResponseBody => ({
  submissionId: '0b6f4d3c-1d7e-4c55-9a38-7f2a51f0e9a1',
  version: 1,
  answers,
  language: 'fi',
  isComplete,
  channel: 'link',
  honeypot: '',
  elapsedMs: 5000,
});

const saved = (state: 'partial' | 'complete' = 'partial'): PostOutcome => ({ kind: 'saved', responseId: 'r1', state, endingId: state === 'complete' ? 'thanks' : null });

/** A server that answers from a script, and a clock that records each wait and lets it pass at once. */
function fakeNetwork(script: PostOutcome[]) {
  const sent: ResponseBody[] = [];
  const waits: number[] = [];
  const retrying: boolean[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sender = createSender({
    post: async (request) => {
      sent.push(request);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await Promise.resolve();
      inFlight--;
      return script.shift() ?? saved(request.isComplete ? 'complete' : 'partial');
    },
    onRetrying: (isRetrying) => retrying.push(isRetrying),
    wait: async (ms) => void waits.push(ms),
    backoffMs: (attempt) => attempt * 1000,
  });
  return { sender, sent, waits, retrying, maxInFlight: () => maxInFlight };
}

describe('the sender', () => {
  it('retries a failed send with the same body until the server has it, and settles once', async () => {
    const network = fakeNetwork([{ kind: 'retry', afterMs: null }, { kind: 'retry', afterMs: null }, saved('complete')]);
    const result = await network.sender.send(body({ nps: 3 }, true));
    expect(result).toEqual(saved('complete'));
    expect(network.sent).toHaveLength(3);
    expect(new Set(network.sent.map((request) => JSON.stringify(request))).size).toBe(1);
    expect(network.waits).toEqual([1000, 2000]);
    expect(network.retrying).toEqual([true, false]);
  });

  it('waits as long as Retry-After asks', async () => {
    const network = fakeNetwork([{ kind: 'retry', afterMs: 7000 }]);
    await network.sender.send(body({ nps: 3 }));
    expect(network.waits).toEqual([7000]);
  });

  it('passes on answers that retrying would not change', async () => {
    const invalid: PostOutcome = { kind: 'invalid', problems: [{ path: 'body.answers.nps', problem: 'must be from 0 to 10' }] };
    const network = fakeNetwork([invalid, { kind: 'stopped', reason: 'closed' }, { kind: 'rejected', status: 400 }]);
    expect(await network.sender.send(body({ nps: 11 }))).toEqual(invalid);
    expect(await network.sender.send(body({ nps: 3 }))).toEqual({ kind: 'stopped', reason: 'closed' });
    expect(await network.sender.send(body({ nps: 3 }))).toEqual({ kind: 'rejected', status: 400 });
    expect(network.waits).toEqual([]);
  });

  it('sends one at a time, in order, and lets a newer body replace a waiting partial one', async () => {
    const network = fakeNetwork([]);
    const first = network.sender.send(body({ nps: 3 }));
    const second = network.sender.send(body({ nps: 3, a: 1 }));
    const third = network.sender.send(body({ nps: 3, a: 1, b: 2 }, true));
    const results = await Promise.all([first, second, third]);
    // The first was already on its way; the second was waiting and the complete one carries its answers.
    expect(network.sent.map((request) => [Object.keys(request.answers).length, request.isComplete])).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(results.map((result) => result.kind === 'saved' && result.state)).toEqual(['partial', 'complete', 'complete']);
    expect(network.maxInFlight()).toBe(1);
  });

  it('never lets a partial save replace a waiting complete one', async () => {
    const network = fakeNetwork([]);
    void network.sender.send(body({ nps: 3 }));
    const complete = network.sender.send(body({ nps: 3 }, true));
    const late = network.sender.send(body({ nps: 3 }));
    await Promise.all([complete, late]);
    expect(network.sent.map((request) => request.isComplete)).toEqual([false, true, false]);
  });
});

describe('defaultBackoffMs', () => {
  it('doubles from a second up to half a minute, give or take a fifth', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 10].map((attempt) => defaultBackoffMs(attempt, middle))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(defaultBackoffMs(1, () => 0)).toBe(800);
    expect(defaultBackoffMs(1, () => 1)).toBe(1200);
  });
});
