import { responseChannels } from '../../api/surveys.js';
import type { ResponseChannel } from '../../api/surveys.js';
import type { FilterValues } from '../surveys/responseFilters.js';
import { splitFilter } from './insightsQuery.js';
import type { Period } from './periods.js';

/**
 * The complete responses of a dashboard's period on the survey's Responses tab (whose days are the
 * browser's), with the filter where that tab knows it: a channel, a language or a choice's answer.
 */
export function responsesTabFilters(filter: string, period: Period): FilterValues {
  const split = splitFilter(filter);
  const valueOf = (dimension: string) => (split?.dimension === dimension ? split.value : '');
  const channel = valueOf('channel');
  return {
    state: 'complete',
    channel: (responseChannels as readonly string[]).includes(channel) ? (channel as ResponseChannel) : '',
    language: valueOf('language'),
    from: period.from,
    to: period.to,
    answer: split?.dimension.startsWith('answer.') ? `${split.dimension.slice('answer.'.length)}:${split.value}` : '',
  };
}
