import { checkAnswer } from '../../../src/engine/survey/answers.js';
import type { AnswerValue, HiddenValues } from '../../../src/engine/survey/logic.js';
import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import type { SurveyProgress } from '../renderer/index.js';

/** Where a response came from, as the API names it. */
export const channels = ['link', 'qr', 'embed', 'widget', 'email', 'api'] as const;
export type Channel = (typeof channels)[number];

/** Query parameters the page reads itself; a hidden field cannot use these names. */
const reservedParams = new Set(['lang', 'ch', 't']);
const hiddenValueLimit = 500;
/** `?a.<question>=<value>`: an answer chosen in an invitation mail. */
const answerPrefix = 'a.';

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
 * Reads what the link says: `/s/<slug>?lang=fi&ch=qr&t=…&order_id=…` (an answer from a mail,
 * `a.<question>=…`, is read by `embeddedAnswerFrom` once the survey is known).
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
    // Keys are lower_snake_case, so none starts with `a.`; checked here too, as the page takes the definition as sent.
    if (value !== null && !reservedParams.has(key) && !key.startsWith(answerPrefix)) values[key] = value.slice(0, hiddenValueLimit);
  }
  return values;
}

/** An answer to the survey's first question, chosen in the invitation mail. */
export interface EmbeddedAnswer {
  questionId: string;
  value: AnswerValue;
}

/**
 * The answer the link brings from an invitation mail (`?a.recommend=9`), or null. Only the first
 * question of the first page can be answered there, and only an NPS, a CSAT or a single choice; a
 * value the question would refuse, or an answer to any other question, is ignored without a word
 * (the link was edited, or has outlived a change to the survey). Choosing is not recording: the
 * answer is sent only when the respondent goes on.
 * @example embeddedAnswerFrom(new URLSearchParams('a.recommend=9'), survey) // { questionId: 'recommend', value: 9 }
 */
export function embeddedAnswerFrom(params: URLSearchParams, definition: Pick<SurveyDefinition, 'pages'>): EmbeddedAnswer | null {
  const question = definition.pages[0]?.questions[0];
  const raw = question ? params.get(answerPrefix + question.id) : null;
  if (!question || raw === null) return null;
  let value: AnswerValue;
  if (question.type === 'nps' || question.type === 'csat') {
    // Digits only: Number() would also take ' 9', '9.0' and '0x9'.
    if (!/^\d{1,2}$/.test(raw)) return null;
    value = Number(raw);
  } else if (question.type === 'single_choice') {
    value = raw;
  } else {
    return null;
  }
  return checkAnswer(question, value) === null ? { questionId: question.id, value } : null;
}

/**
 * Where the survey opens when the link brings an answer: on the first page with that answer
 * chosen, with the other answers the browser kept. The same answer again (the mail's link opened a
 * second time) changes nothing, so the respondent carries on where they were.
 */
export function withEmbeddedAnswer(progress: SurveyProgress | undefined, answer: EmbeddedAnswer | null): SurveyProgress | undefined {
  if (!answer || progress?.answers[answer.questionId] === answer.value) return progress;
  return { answers: { ...progress?.answers, [answer.questionId]: answer.value }, pageIndex: 0 };
}

/**
 * The address without its `a.` answers, for the address bar once the answer is on the page (and
 * kept in the browser from there): a reload must not choose it again over the respondent's change.
 */
export function withoutEmbeddedAnswers(url: URL): URL | null {
  const keys = [...new Set(url.searchParams.keys())].filter((key) => key.startsWith(answerPrefix));
  if (keys.length === 0) return null;
  const next = new URL(url);
  for (const key of keys) next.searchParams.delete(key);
  return next;
}
