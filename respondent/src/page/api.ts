import type { AnswerValue, HiddenValues } from '../../../src/engine/survey/logic.js';
import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import type { ResponseProblem } from '../../../src/engine/survey/validate-response.js';
import type { Channel } from './link.js';

/** GET /api/v1/public/surveys/:slug */
export interface PublicSurvey {
  surveyId: string;
  slug: string;
  version: number;
  /** Parsed by the server, defaults filled: the page does not parse it again (that would need zod). */
  definition: SurveyDefinition;
  language: string;
  status: 'open' | 'closed' | 'not_yet_open' | 'full';
  isAnonymous: boolean;
  /** From a personal link: hidden fields the server vouches for, and the contact's values for piping. */
  personal?: { hidden?: Record<string, string>; piping?: Record<string, string | number | boolean | null> } | null;
}

/** Why the page cannot take answers: the survey stopped, or the personal link does not let this person in. */
export type StopReason = 'closed' | 'full' | 'not_yet_open' | 'link_invalid' | 'link_expired' | 'link_used';

export type LoadOutcome = { kind: 'loaded'; survey: PublicSurvey } | { kind: 'not_found' } | { kind: 'stopped'; reason: StopReason } | { kind: 'failed' };

/** POST /api/v1/public/surveys/:slug/responses */
export interface ResponseBody {
  submissionId: string;
  version: number;
  answers: Record<string, AnswerValue>;
  hidden?: HiddenValues;
  language: string;
  isComplete: boolean;
  channel: Channel;
  honeypot: string;
  elapsedMs: number;
  /** The personal link's token, when the page was opened from one. */
  token?: string;
  /** The website widget's: the page it was answered on, and who the site said the visitor is. */
  context?: ResponseContext;
}

export interface ResponseContext {
  pageUrl?: string;
  identity?: { id: string; attributes?: Record<string, string | number | boolean>; signature?: string };
}

export type PostOutcome =
  | { kind: 'saved'; responseId: string; state: 'partial' | 'complete'; endingId: string | null }
  | { kind: 'invalid'; problems: ResponseProblem[] }
  | { kind: 'stopped'; reason: StopReason }
  /** Worth sending again later: no connection, a 5xx or a 429. */
  | { kind: 'retry'; afterMs: number | null }
  /** Any other refusal; sending it again would not help. */
  | { kind: 'rejected'; status: number };

type Fetch = typeof fetch;

const surveysPath = '/api/v1/public/surveys/';

export async function loadSurvey(slug: string, options: { language: string | null; token: string | null }, fetchImpl: Fetch = fetch): Promise<LoadOutcome> {
  const query = new URLSearchParams();
  if (options.language) query.set('lang', options.language);
  if (options.token) query.set('t', options.token);
  const search = query.toString() ? `?${query}` : '';
  try {
    const response = await fetchImpl(`${surveysPath}${encodeURIComponent(slug)}${search}`, { headers: { accept: 'application/json' } });
    if (response.status === 404) return { kind: 'not_found' };
    if (!response.ok) {
      const reason = stopReasonOf(response.status, await readJson(response));
      return reason ? { kind: 'stopped', reason } : { kind: 'failed' };
    }
    return { kind: 'loaded', survey: (await response.json()) as PublicSurvey };
  } catch {
    return { kind: 'failed' };
  }
}

/** Sends the answers so far, and says what the answer means for the page. */
export async function postResponse(slug: string, body: ResponseBody, fetchImpl: Fetch = fetch): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`${surveysPath}${encodeURIComponent(slug)}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      // Sent as the tab closes too, where the browser allows it.
      keepalive: true,
    });
  } catch {
    return { kind: 'retry', afterMs: null };
  }
  const payload = await readJson(response);
  if (response.ok) {
    return {
      kind: 'saved',
      responseId: String(payload['responseId'] ?? ''),
      state: payload['state'] === 'complete' ? 'complete' : 'partial',
      endingId: typeof payload['endingId'] === 'string' ? payload['endingId'] : null,
    };
  }
  if (response.status === 429 || response.status >= 500) return { kind: 'retry', afterMs: retryAfterMs(response.headers.get('retry-after')) };
  if (response.status === 422 || (response.status === 400 && Array.isArray(payload['errors']))) {
    return { kind: 'invalid', problems: readProblems(payload['errors']) };
  }
  const reason = stopReasonOf(response.status, payload);
  return reason ? { kind: 'stopped', reason } : { kind: 'rejected', status: response.status };
}

/** The refusals that end the visit, told apart by their problem code. */
function stopReasonOf(status: number, problem: Record<string, unknown>): StopReason | null {
  const code = String(problem['code'] ?? '');
  if (code === 'link_invalid' || code === 'link_expired' || code === 'link_used') return code;
  if (code === 'survey_full' || code === 'survey_not_open') return code === 'survey_full' ? 'full' : 'not_yet_open';
  // survey_closed also stands for a full survey today: "closed" is the polite answer for both.
  return status === 409 ? 'closed' : null;
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function readProblems(errors: unknown): ResponseProblem[] {
  if (!Array.isArray(errors)) return [{ path: '', problem: 'invalid' }];
  return errors.map((error: Record<string, unknown>) => ({
    path: String(error?.['path'] ?? ''),
    problem: String(error?.['problem'] ?? error?.['message'] ?? ''),
  }));
}

/**
 * Retry-After as milliseconds: seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable.
 * @example retryAfterMs('3') // 3000
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
