import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../platform/db/project-root.js';
import { defineRoute } from '../../platform/http/route.js';

/** The respondent's page may be framed by any site (the embed channel), and runs nothing inline. */
const respondentCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'self'";

/** The hosted survey page: one static page that reads its slug from the address. A GET records nothing. */
export function surveyPageRoutes() {
  let page: Promise<string> | undefined;
  const load = () =>
    (page ??= fs.readFile(path.join(projectRoot(), 'respondent/dist/index.html'), 'utf8').catch(() => {
      page = undefined;
      return '<!doctype html><html lang="en"><title>Survey</title><p>The survey page is not built yet: run <code>npm run build</code>.</p></html>';
    }));
  return [
    defineRoute({
      method: 'GET',
      url: '/s/:slug',
      summary: 'The survey page a respondent opens from a link or QR code',
      tags: ['respondent'],
      access: { kind: 'public' },
      params: z.object({ slug: z.string().max(40) }),
      handler: async ({ reply }) =>
        reply.header('content-security-policy', respondentCsp).header('cache-control', 'no-cache').header('referrer-policy', 'no-referrer').type('text/html; charset=utf-8').send(await load()),
    }),
  ];
}
