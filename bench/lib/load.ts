/**
 * Sends `count` POSTs to a URL from `concurrency` loops over keep-alive connections and returns
 * how many per second were answered with a 2xx. Every request is bounded; all go to 127.0.0.1.
 */
export async function postLoad(url: string, bodies: () => string, options: { count: number; concurrency: number }): Promise<{ perSecond: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.count) {
      next++;
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies(), signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status >= 300) failures++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: (options.count - failures) / seconds, failures };
}
