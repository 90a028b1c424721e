import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * A company's website for the widget's browser tests: another origin than Kuulo (another port),
 * with the strict CSP a careful site has (scripts from itself and Kuulo, no inline style at all)
 * and CSS that does its worst to anything it can reach. It installs the widget the way the admin
 * app tells people to: the loader's <script> tag, plus the site's own script with the optional
 * call-queue stub, an identify() call (signed, when given the identity secret), and a button whose click tracks an event.
 *
 *   /shop/…?event=NAME&tall=1   a shop page; the "Done" button calls kuulo.track(NAME); tall=1 makes it long
 *   /blog/SLUG                  a blog post with survey SLUG framed in it (the embed snippet)
 */

/** Every element unstyled, every div big and red, a 10px root, and a try at hiding the widget's host element. */
export const hostileCss = `
* { all: unset !important; }
html { font-size: 10px !important; }
div { display: block !important; color: red !important; font-size: 40px !important; }
button { color: #fff !important; background: #c00 !important; font-size: 32px !important; padding: 4px !important; }
kuulo-widget { display: none !important; position: absolute !important; top: -9999px !important; }
:root, * { --k-accent: #ff00ff !important; --k-text: #ff0000 !important; }
`;

/** The site's script; `signature` is what its server computed for the visitor id (identity verification). */
const siteJs = (signature: string | null) => `
window.kuulo = window.kuulo || { q: [] };
['track', 'identify', 'reset'].forEach(function (m) {
  window.kuulo[m] = window.kuulo[m] || function () { window.kuulo.q.push([m, arguments]); };
});
kuulo.identify('cust-7', { plan: 'pro', country: 'FI', name: 'Aino' }${signature ? `, { signature: '${signature}' }` : ''});
document.addEventListener('DOMContentLoaded', function () {
  document.getElementById('done').addEventListener('click', function () {
    kuulo.track(new URLSearchParams(location.search).get('event') || 'checkout_done');
  });
  // ?tall=1: a long page to scroll through.
  if (new URLSearchParams(location.search).get('tall')) {
    for (var i = 0; i < 60; i++) {
      var line = document.createElement('div');
      line.textContent = 'Product ' + (i + 1);
      document.querySelector('main').appendChild(line);
    }
  }
});
`;

/** A blog post with the survey framed in it: the embed snippet the admin app shows, as it is. */
const blogPost = (kuuloUrl: string, slug: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Acme blog</title></head>
  <body>
    <h1>What we changed this spring</h1>
    <p>Tell us what you think below.</p>
    <iframe src="${kuuloUrl}/s/${slug}?ch=embed" title="How did we do?" style="width:100%;min-height:560px;border:0" loading="lazy"></iframe>
  </body>
</html>`;

const page = (kuuloUrl: string, workspaceId: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Acme shop: order placed</title>
    <link rel="stylesheet" href="/site.css">
    <script src="/site.js"></script>
    <script src="${kuuloUrl}/widget.js" data-workspace="${workspaceId}" async></script>
  </head>
  <body>
    <main>
      <div>Thank you for your order!</div>
      <p>Order 42 is on its way.</p>
      <button id="done" type="button">Done</button>
    </main>
  </body>
</html>`;

export interface HostileSite {
  url: string;
  /** The Content-Security-Policy every page of the site is served with. */
  csp: string;
  close(): Promise<void>;
}

/**
 * `identitySecret`: the workspace's identity secret, which the site's server uses to sign the
 * visitor id it passes to `kuulo.identify`, as a company that turned verification on does.
 */
export async function startHostileSite(kuuloUrl: string, workspaceId: string, options: { identitySecret?: string } = {}): Promise<HostileSite> {
  const signature = options.identitySecret ? createHmac('sha256', options.identitySecret).update('cust-7').digest('hex') : null;
  const csp = `default-src 'self'; script-src 'self' ${kuuloUrl}; connect-src ${kuuloUrl}; style-src 'self'`;
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site.invalid');
    const send = (type: string, body: string) => response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    if (pathname.startsWith('/shop/')) {
      response.setHeader('content-security-policy', csp);
      return send('text/html', page(kuuloUrl, workspaceId));
    }
    const blog = /^\/blog\/([a-z0-9]+)$/.exec(pathname);
    if (blog) {
      // A site with a CSP must let the survey be framed; the snippet's style attribute needs 'unsafe-inline'.
      response.setHeader('content-security-policy', `default-src 'self'; frame-src ${kuuloUrl}; style-src 'self' 'unsafe-inline'`);
      return send('text/html', blogPost(kuuloUrl, blog[1]!));
    }
    if (pathname === '/site.css') return send('text/css', hostileCss);
    if (pathname === '/site.js') return send('text/javascript', siteJs(signature));
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, csp, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the widget alone (inside its shadow root): the hostile site's own markup is not ours to judge. */
export async function findWidgetAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(
      { include: { fromShadowDom: ['kuulo-widget', '.kw-panel'] } },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    );
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
}
