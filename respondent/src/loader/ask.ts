import type { Identity } from './rules.js';

/** How long a survey waits for Kuulo's answer before it is shown anyway. */
const askTimeoutMs = 5000;

/**
 * What the loader asks Kuulo before it shows a survey, or null when there is nothing to ask: only a
 * visitor the site's server vouched for (`identify()` with a signature) is a known contact, with a
 * contact budget and maybe an unsubscribe; an unsigned id could be anyone's, so it is never judged.
 * Attributes stay out: the question is only who, and the endpoint takes nothing more.
 * @example askBody('s1', { id: 'cust-7', attributes: {}, signature: 'ab…' }) // { surveyId: 's1', identity: { id: 'cust-7', signature: 'ab…' } }
 */
export function askBody(surveyId: string, identity: Identity | null): { surveyId: string; identity: { id: string; signature: string } } | null {
  return identity?.signature ? { surveyId, identity: { id: identity.id, signature: identity.signature } } : null;
}

/**
 * Whether the survey may be shown to this visitor now, asked of `url` (the workspace's
 * `/api/v1/public/widget/:workspaceId/ask`): no when Kuulo says the contact has unsubscribed or has
 * been asked enough lately (by mail, a personal link or the widget elsewhere). Anything else is a
 * yes, as before there was a budget: no request for an anonymous or unsigned visitor, and a failed
 * or slow request, or an older server without the endpoint, leaves the site's survey showing
 * rather than silently gone.
 */
export async function mayAsk(url: string, surveyId: string, identity: Identity | null, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const body = askBody(surveyId, identity);
  if (!body) return true;
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      // Optional: older browsers have no timeout signal, and then wait as long as the browser does.
      signal: AbortSignal.timeout?.(askTimeoutMs),
    });
    if (!response.ok) return true;
    const answer = (await response.json()) as { mayAsk?: unknown } | null;
    return answer?.mayAsk !== false;
  } catch {
    return true;
  }
}
