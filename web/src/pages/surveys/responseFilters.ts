import { responseChannels } from '../../api/surveys.js';
import type { ResponseChannel, ResponseFilters, ResponseState } from '../../api/surveys.js';

/**
 * The Responses tab keeps its filters in the address (`?state=complete&from=2026-11-01`), so a
 * filtered view can be bookmarked, shared and reloaded. Dates are whole days in the browser's time zone.
 */

export interface FilterValues {
  state: '' | ResponseState;
  channel: '' | ResponseChannel;
  language: string;
  /** YYYY-MM-DD, or empty. */
  from: string;
  to: string;
  /** One answer filter, `<question id>:<value>`, or empty. */
  answer: string;
}

/** Everything off. */
export const noFilters: FilterValues = { state: '', channel: '', language: '', from: '', to: '', answer: '' };

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function readFilters(search: string): FilterValues {
  const query = new URLSearchParams(search);
  const state = query.get('state');
  const channel = query.get('channel');
  const language = query.get('language') ?? '';
  return {
    state: state === 'complete' || state === 'partial' ? state : '',
    channel: (responseChannels as readonly string[]).includes(channel ?? '') ? (channel as ResponseChannel) : '',
    language: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : '',
    from: isDay(query.get('from')) ? query.get('from')! : '',
    to: isDay(query.get('to')) ? query.get('to')! : '',
    // A question with no value yet is kept, so its field stays on screen while it is typed into.
    answer: /^[a-z][a-z0-9_]{0,63}:.{0,500}$/s.test(query.get('answer') ?? '') ? query.get('answer')! : '',
  };
}

/** The query string for a set of filters, empty ones left out; '' when nothing is filtered. */
export function writeFilters(values: FilterValues): string {
  const query = new URLSearchParams();
  for (const key of ['state', 'channel', 'language', 'from', 'to', 'answer'] as const) if (values[key]) query.set(key, values[key]);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The API's filters: a day's range runs from its first to its last millisecond, local time. */
export function toApiFilters(values: FilterValues): ResponseFilters {
  const startOf = (day: string) => new Date(`${day}T00:00:00`).toISOString();
  const endOf = (day: string) => new Date(`${day}T23:59:59.999`).toISOString();
  return {
    state: values.state || undefined,
    channel: values.channel || undefined,
    language: values.language || undefined,
    from: values.from ? startOf(values.from) : undefined,
    to: values.to ? endOf(values.to) : undefined,
    answer: /:.+/s.test(values.answer) ? values.answer : undefined,
  };
}

export const hasFilters = (values: FilterValues): boolean => writeFilters(values) !== '';
