import type { HiddenValues } from '../../../src/engine/survey/logic.js';

/** Where a response came from, as the API names it. */
export const channels = ['link', 'qr', 'embed', 'widget', 'email', 'api'] as const;
export type Channel = (typeof channels)[number];

/** Query parameters the page reads itself; a hidden field cannot use these names. */
const reservedParams = new Set(['lang', 'ch', 't']);
const hiddenValueLimit = 500;

export interface SurveyLink {
  slug: string | null;
  /** `?lang=`, as asked; whether the survey has it is decided later. */
  requestedLanguage: string | null;
  /** `?ch=qr` marks the QR code; anything unknown counts as the plain link. */
  channel: Channel;
  /** `?t=`: the signed token of a personal link (an invitation), sent back with every response. */
  token: string | null;
  params: URLSearchParams;
}

/**
 * Reads what the link says: `/s/<slug>?lang=fi&ch=qr&t=…&order_id=…`.
 * @example readSurveyLink(new URL('https://x.test/s/visit?ch=qr')).channel // 'qr'
 */
export function readSurveyLink(url: URL): SurveyLink {
  const match = /^\/s\/([^/]+)\/?$/.exec(url.pathname);
  let slug: string | null = null;
  try {
    slug = match ? decodeURIComponent(match[1]!) : null;
  } catch {
    slug = null; // a broken %-escape is no slug
  }
  const channel = url.searchParams.get('ch');
  return {
    slug,
    requestedLanguage: url.searchParams.get('lang'),
    channel: (channels as readonly string[]).includes(channel ?? '') ? (channel as Channel) : 'link',
    token: url.searchParams.get('t') || null,
    params: url.searchParams,
  };
}

/**
 * The hidden field values the link brings: only the keys the survey declares, each cut to the
 * 500 characters the API accepts (a long tracking value should not cost the whole response).
 * @example hiddenValuesFrom(new URLSearchParams('plan=pro&x=1'), [{ key: 'plan' }]) // { plan: 'pro' }
 */
export function hiddenValuesFrom(params: URLSearchParams, fields: readonly { key: string }[]): HiddenValues {
  const values: Record<string, string> = {};
  for (const { key } of fields) {
    const value = params.get(key);
    if (value !== null && !reservedParams.has(key)) values[key] = value.slice(0, hiddenValueLimit);
  }
  return values;
}
