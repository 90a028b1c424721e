import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { collectRoom } from './collect/index.js';
import { insightsRoom } from './insights/index.js';
import { apiKeyRoutes } from './platform/api-keys/routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { createAuthenticator } from './platform/auth/authenticator.js';
import { createRateLimiter } from './platform/auth/rate-limit.js';
import { newToken } from './platform/auth/secrets.js';
import { loadInstanceKey } from './platform/auth/signed-tokens.js';
import { ConfigError, loadConfig, type Config } from './platform/config/config.js';
import { openDatabase } from './platform/db/database.js';
import { DataDirLockedError } from './platform/db/data-dir-lock.js';
import { housekeepingJob } from './platform/db/housekeeping.js';
import { projectRoot } from './platform/db/project-root.js';
import { registerRoutes } from './platform/http/register-routes.js';
import type { RouteDefinition } from './platform/http/route.js';
import { createHttpServer } from './platform/http/server.js';
import { systemRoutes } from './platform/http/system-routes.js';
import { createJobQueue } from './platform/jobs/job-queue.js';
import { smokeJob } from './platform/jobs/smoke-job.js';
import { createLogger } from './platform/log.js';
import { eventDispatchJob } from './platform/events/events.js';
import { mailSendJob } from './platform/mail/mail.js';
import { mailRoutes } from './platform/mail/routes.js';
import type { RoomFactory } from './platform/room.js';
import type { PlatformServices } from './platform/services.js';
import { countUsers } from './platform/users/store.js';
import { passwordRoutes } from './platform/users/password-routes.js';
import { userRoutes } from './platform/users/routes.js';
import { invitationRoutes } from './platform/workspaces/invitation-routes.js';
import { workspaceRoutes } from './platform/workspaces/routes.js';
import { respondRoom } from './respond/index.js';
import { shareRoom } from './share/index.js';

const rooms: RoomFactory[] = [collectRoom, insightsRoom, shareRoom, respondRoom];

export interface Kuulo {
  app: FastifyInstance;
  services: PlatformServices;
  routes: readonly RouteDefinition[];
  version: string;
  close(): Promise<void>;
}

/**
 * Assembles the house: configuration → database (migrated) → job queue → HTTP with the
 * platform's routes and every room's. The one place that knows all the parts.
 */
export async function buildKuulo(config: Config, options: { logDestination?: DestinationStream } = {}): Promise<Kuulo> {
  const log = createLogger(config, options.logDestination);
  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const database = await openDatabase(config.database);
  try {
    const jobs = createJobQueue(database, log.child({ part: 'jobs' }));
    const services: PlatformServices = {
      config,
      log,
      database,
      db: database.db,
      jobs,
      mailJob: mailSendJob(database.db, config),
      events: { dispatchSoon: () => dispatchSoon() },
      signInLimits: {
        perEmail: createRateLimiter({ limit: 10, windowSeconds: 15 * 60 }),
        perIp: createRateLimiter({ limit: 100, windowSeconds: 15 * 60 }),
      },
      passwordResetLimits: createRateLimiter({ limit: 3, windowSeconds: 3600 }),
      setup: { token: (await countUsers(database.db)) === 0 ? (config.setupToken ?? newToken(18)) : null },
      sessionCookieName: config.isSecureCookies ? '__Host-kuulo_session' : 'kuulo_session',
      linkSigningKey: await loadInstanceKey(database.db, 'link-signing'),
    };

    const builtRooms = rooms.map((room) => room(services));
    const eventHandlers = builtRooms.flatMap((room) => room.eventHandlers ?? []);
    const dispatchJob = eventDispatchJob(database.db, jobs, eventHandlers);
    // A change that recorded events asks for them to go out now; the dispatcher's cron catches any missed.
    const dispatchSoon = async () => void (await jobs.send(dispatchJob, {}, { singletonKey: 'dispatch-events' }).catch(() => undefined));
    const routes: RouteDefinition[] = [];
    routes.push(
      ...systemRoutes(services, version, () => routes),
      ...userRoutes(services),
      ...passwordRoutes(services),
      ...workspaceRoutes(services),
      ...invitationRoutes(services),
      ...apiKeyRoutes(services),
      ...auditRoutes(services),
      ...mailRoutes(services),
      ...builtRooms.flatMap((room) => room.routes),
    );

    jobs.register(smokeJob);
    jobs.register(services.mailJob);
    jobs.register(housekeepingJob(database, config.housekeepingCron));
    for (const job of builtRooms.flatMap((room) => room.jobs)) jobs.register(job);
    jobs.register(dispatchJob);
    for (const handler of eventHandlers) jobs.register(handler.job);
    await jobs.start();

    const app = await createHttpServer({
      config,
      log,
      webRoot: path.join(projectRoot(), 'web/dist'),
      assetMounts: [{ prefix: '/respondent/assets/', root: path.join(projectRoot(), 'respondent/dist/assets') }],
      publicCorsPrefixes: ['/api/v1/public/', '/widget.js', '/respondent/assets/'],
    });
    registerRoutes(app, routes, { authenticator: createAuthenticator(database.db), sessionCookieName: services.sessionCookieName });
    await app.ready();

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        for (const room of builtRooms) await room.close?.();
        await app.close();
        await jobs.stop();
        await database.close();
      })());
    return { app, services, routes, version, close };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function runMain() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let kuulo: Kuulo;
  try {
    kuulo = await buildKuulo(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  await kuulo.app.listen({ port: config.port, host: config.host });
  const where = config.database.kind === 'embedded' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL server';
  const lines = [``, `Kuulo ${kuulo.version} is running at ${config.publicUrl} (${where}).`];
  const token = kuulo.services.setup.token;
  if (token) lines.push(`First run: create the first administrator at ${config.publicUrl}/setup#token=${token}`);
  else lines.push(`Sign in at ${config.publicUrl}/login`);
  lines.push(`API reference: ${config.publicUrl}/api/docs`, ``);
  process.stdout.write(`${lines.join('\n')}\n`);

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    kuulo.services.log.info({ signal }, 'stopping');
    await kuulo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runMain().catch((error: unknown) => {
    process.stderr.write(`Kuulo could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
