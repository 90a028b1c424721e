import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { errorCodes, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { newId } from '../db/ids.js';
import { AppError } from '../errors/app-error.js';
import { sendProblem } from './problem.js';

export interface HttpServerOptions {
  config: Config;
  log: Logger;
  /** The built admin app; when missing, a page says how to build it. */
  webRoot: string;
  /** More built front ends, each served under its own prefix (hashed assets, cached for good). */
  assetMounts?: { prefix: string; root: string }[];
  /** Paths any website may call from the browser (no cookies): the survey page's and the widget's API. */
  publicCorsPrefixes?: string[];
}

const requestIdPattern = /^[\w.:-]{8,128}$/;

/** The admin app's policy: nothing inline, nothing from elsewhere, never framed. */
const adminCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * The Fastify instance with Kuulo's edge behaviour: request ids, Problem Details for every
 * error, security headers, and the admin app served with a fallback to its index page.
 */
export async function createHttpServer({ config, log, webRoot, assetMounts = [], publicCorsPrefixes = [] }: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : newId();
    },
    // Signed tokens in paths (unsubscribe, open image) run to a few hundred characters.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2000 },
  });

  await app.register(fastifyCookie);

  // Forms are taken only by the few routes that say so (a mail client's one-click unsubscribe,
  // RFC 8058); everywhere else the API speaks JSON and refuses them as before.
  app.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data'], { parseAs: 'string', bodyLimit: 16 * 1024 }, (request, body, done) => {
    if (!(request.routeOptions.config as { acceptsForms?: boolean } | undefined)?.acceptsForms) {
      return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(String(request.headers['content-type'])), undefined);
    }
    const isUrlEncoded = String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded');
    done(null, isUrlEncoded ? Object.fromEntries(new URLSearchParams(String(body))) : {});
  });

  const isCorsPublic = (url: string) => publicCorsPrefixes.some((prefix) => url.startsWith(prefix));
  app.addHook('onRequest', async (request, reply) => {
    if (isCorsPublic(request.url)) {
      void reply.header('access-control-allow-origin', '*');
      if (request.method === 'OPTIONS') {
        // A preflight: allow JSON posts, cache the answer for a day, and stop here.
        return reply
          .code(204)
          .header('access-control-allow-methods', 'GET, POST')
          .header('access-control-allow-headers', 'content-type')
          .header('access-control-max-age', '86400')
          .send();
      }
    }
    void reply.header('x-request-id', request.id);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      void reply.header('content-security-policy', adminCsp);
      void reply.header('x-frame-options', 'DENY');
    }
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));

  const indexPath = path.join(webRoot, 'index.html');
  const hasWeb = fs.existsSync(indexPath);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      wildcard: false,
      setHeaders(reply, filePath) {
        const isHashed = filePath.includes(`${path.sep}assets${path.sep}`);
        void reply.header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  for (const mount of assetMounts) {
    if (!fs.existsSync(mount.root)) continue;
    await app.register(fastifyStatic, {
      root: mount.root,
      prefix: mount.prefix,
      decorateReply: false,
      index: false,
      setHeaders: (reply) => void reply.header('cache-control', 'public, max-age=31536000, immutable'),
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
    if (isPage) {
      if (hasWeb) return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html', webRoot);
      return reply.type('text/html').send(
        '<!doctype html><title>Kuulo</title><h1>Kuulo is running</h1><p>The admin app is not built yet: run <code>npm run build</code> and restart.</p>',
      );
    }
    return sendProblem(request, reply, new AppError('route_not_found', 'http.noSuchRoute', { params: { method: request.method, path: request.url.split('?')[0] ?? '' } }));
  });

  return app;
}
