import { loadConfig } from '../src/platform/config/config.js';
import { buildKuulo } from '../src/main.js';

/** Kuulo listening on a free local port with an in-memory database, for browser tests. */
export async function startTestServer(env: Record<string, string> = {}): Promise<{ url: string; setupToken: string; close(): Promise<void> }> {
  const config = loadConfig({ LOG_LEVEL: 'warn', PORT: '0', ...env });
  config.database = { kind: 'embedded', dataDir: null };
  const kuulo = await buildKuulo(config);
  await kuulo.app.listen({ port: 0, host: '127.0.0.1' });
  const address = kuulo.app.server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port.');
  return { url: `http://127.0.0.1:${address.port}`, setupToken: kuulo.services.setup.token ?? '', close: () => kuulo.close() };
}
