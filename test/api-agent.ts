import type { Kuulo } from '../src/main.js';

export interface ApiResponse {
  status: number;
  body: any;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * Talks to Kuulo in process like a browser would: keeps the session cookie and sends the
 * CSRF token on writes. With `apiKey` it acts as a server-to-server client instead.
 */
export class ApiAgent {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    readonly kuulo: Kuulo,
    readonly options: { apiKey?: string; ip?: string } = {},
  ) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.options.apiKey) allHeaders.authorization = `Bearer ${this.options.apiKey}`;
    if (this.cookie) allHeaders.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) allHeaders['x-csrf-token'] = this.csrfToken;
    const response = await this.kuulo.app.inject({
      method: method as 'GET',
      url,
      headers: allHeaders,
      remoteAddress: this.options.ip ?? '127.0.0.1',
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = response.headers['set-cookie'];
    for (const cookie of [setCookie].flat()) {
      if (typeof cookie !== 'string') continue;
      const pair = cookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const type = String(response.headers['content-type'] ?? '');
    const parsed = type.includes('json') && response.body ? JSON.parse(response.body) : response.body;
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrfToken = parsed.csrfToken;
    return { status: response.statusCode, body: parsed, headers: response.headers };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);

  async signIn(email: string, password: string) {
    return this.post('/api/v1/session', { email, password });
  }
}

export const adminCredentials = { name: 'Aino Admin', email: 'aino@example.com', password: 'correct horse battery' };

/** Runs first-run setup and returns the signed-in administrator and the first workspace's id. */
export async function setUpKuulo(kuulo: Kuulo, workspaceName = 'Acme Oy') {
  const admin = new ApiAgent(kuulo);
  const response = await admin.post('/api/v1/setup', { token: kuulo.services.setup.token, ...adminCredentials, workspaceName });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { admin, workspaceId: response.body.workspaces[0].id as string };
}
