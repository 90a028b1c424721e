import { defineRoute } from '../platform/http/route.js';
import { WorkspaceParams } from '../platform/http/schemas.js';
import type { LiveFeed, LiveMessage } from './live-feed.js';

/** A comment line this often keeps proxies from closing a quiet stream. */
const keepAliveMs = 20_000;

export function shareRoutes(feed: LiveFeed) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/live',
      summary: 'Server-Sent Events for open dashboards: a "responses" event (surveyIds, complete, partial) within moments of responses being stored, at most every half second',
      tags: ['share'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      handler: async ({ params, request, reply }) => {
        reply.hijack();
        const stream = reply.raw;
        stream.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          // Reverse proxies that buffer (nginx) would hold the events back.
          'x-accel-buffering': 'no',
          'x-request-id': request.id,
        });
        stream.write('retry: 3000\n\nevent: ready\ndata: {}\n\n');
        const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), keepAliveMs);
        const stop = await feed.subscribe({
          workspaceId: params.workspaceId,
          send: (message: LiveMessage) => stream.write(`event: responses\ndata: ${JSON.stringify(message)}\n\n`),
          end: () => stream.end(),
        });
        request.raw.on('close', () => {
          clearInterval(keepAlive);
          stop();
        });
      },
    }),
  ];
}
