/** A plain HTML reference of the API, rendered from the OpenAPI document; no scripts, so it passes the strict CSP. */
export function renderDocsPage(document: { info: { title: string; version: string }; paths: Record<string, Record<string, Record<string, unknown>>> }): string {
  const groups = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = (operation.tags as string[] | undefined)?.[0] ?? 'other';
      const permission = operation['x-permission'] ? `<span class="perm">needs ${escape(String(operation['x-permission']))}</span>` : '';
      const security = (operation.security as unknown[]).length === 0 ? '<span class="perm">public</span>' : '';
      const body = (operation.requestBody as { content: Record<string, { schema: unknown }> } | undefined)?.content['application/json']?.schema;
      const rows = groups.get(tag) ?? [];
      rows.push(
        `<section><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code> ${permission}${security}</h3>` +
          `<p>${escape(String(operation.summary ?? ''))}</p>` +
          (body ? `<details><summary>Request body</summary><pre>${escape(JSON.stringify(body, null, 2))}</pre></details>` : '') +
          '</section>',
      );
      groups.set(tag, rows);
    }
  }
  const content = [...groups].map(([tag, rows]) => `<h2>${escape(tag)}</h2>${rows.join('')}`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)} ${escape(document.info.version)}</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${escape(document.info.title)} <small>${escape(document.info.version)}</small></h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Authenticate with a workspace API key (<code>Authorization: Bearer kuulo_…</code>) or a browser session. Errors are <code>application/problem+json</code> with a stable <code>code</code>, a <code>title</code> and <code>detail</code> in the reader's language (the signed-in person's own, else <code>Accept-Language</code>, else English: en, fi or pl), the same words as a stable <code>messageKey</code> with its <code>params</code>, the <code>requestId</code> and, for invalid input, <code>errors: [{path, problem}]</code>.</p>
${content}</main></body></html>`;
}

export const docsCss = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f7f8fa}main{max-width:960px;margin:0 auto;padding:2rem 1rem}
h2{margin-top:2.5rem;border-bottom:1px solid #d5d9e0;text-transform:capitalize}section{background:#fff;border:1px solid #e2e5ea;border-radius:8px;padding:.5rem 1rem;margin:.75rem 0}
h3{font-size:1rem;margin:.4rem 0}.m{display:inline-block;min-width:4.5rem;font-size:.8rem;padding:.1rem .4rem;border-radius:4px;color:#fff;background:#55606e;text-align:center}
.get{background:#1f6feb}.post{background:#1a7f37}.patch{background:#9a6700}.put{background:#8250df}.delete{background:#cf222e}.perm{font-size:.8rem;color:#55606e;margin-left:.5rem}
pre{background:#f0f2f5;padding:.75rem;overflow:auto;border-radius:6px}`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
