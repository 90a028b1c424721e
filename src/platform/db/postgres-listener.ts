import pg from 'pg';

/**
 * LISTEN on a PostgreSQL server: one connection of its own (a pooled one would be handed to other
 * queries), opened on the first `listen`, and opened again after it is lost, listening again on
 * every channel. Notifications sent while it was away are missed; listeners treat them as hints.
 */
export function createPostgresListener(url: string) {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: Promise<pg.Client> | null = null;
  let isClosed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = (): Promise<pg.Client> => {
    const connecting = (async () => {
      const next = new pg.Client({ connectionString: url });
      next.on('notification', (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      next.on('error', () => reconnect());
      next.on('end', () => reconnect());
      await next.connect();
      for (const channel of handlers.keys()) await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return next;
    })();
    connecting.catch(() => reconnect());
    return connecting;
  };

  const reconnect = () => {
    if (isClosed || retryTimer) return;
    client = null;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (!isClosed && handlers.size > 0) client = connect();
    }, 1000);
    retryTimer.unref();
  };

  return {
    async listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
      let set = handlers.get(channel);
      const isNewChannel = !set;
      if (!set) handlers.set(channel, (set = new Set()));
      set.add(handler);
      if (!client) client = connect();
      else if (isNewChannel) await (await client).query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      await client;
      return async () => {
        set.delete(handler);
        if (set.size > 0) return;
        handlers.delete(channel);
        await (await client)?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
      };
    },
    async close(): Promise<void> {
      isClosed = true;
      clearTimeout(retryTimer);
      const open = client;
      client = null;
      if (open) await (await open.catch(() => null))?.end().catch(() => {});
    },
  };
}
