import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { allQuestions } from '../../../../src/engine/survey/logic.js';
import { responseChannels } from '../../api/surveys.js';
import type { ResponseChannel, ResponseFilters, SurveyResponse } from '../../api/surveys.js';
import type { FilterValues } from '../surveys/responseFilters.js';
import { splitFilter } from './insightsQuery.js';
import { addDays, dayStartIn } from './periods.js';
import type { Period } from './periods.js';

/** The written answers of a survey's responses, for the Comments section of its dashboard. Pure. */

export interface Comment {
  responseId: string;
  questionId: string;
  text: string;
  at: string;
  channel: ResponseChannel;
}

/** Written answers (short and long text), newest response first, at most `most`. */
export function commentsOf(definition: SurveyDefinition, responses: readonly SurveyResponse[], most: number): Comment[] {
  const textQuestions = allQuestions(definition)
    .map(({ question }) => question)
    .filter((q) => q.type === 'short_text' || q.type === 'long_text')
    .map((q) => q.id);
  const comments: Comment[] = [];
  for (const response of responses) {
    for (const questionId of textQuestions) {
      const answer = response.answers[questionId];
      if (typeof answer !== 'string' || !answer.trim()) continue;
      comments.push({ responseId: response.id, questionId, text: answer.trim(), at: response.completedAt ?? response.startedAt, channel: response.channel });
      if (comments.length >= most) return comments;
    }
  }
  return comments;
}

/**
 * The responses API's filters for a dashboard's period and filter: the days as instants in the
 * workspace's time zone, and the filter where the responses API knows it (channel, language, a
 * choice's answer). A segment (contact attribute, hidden field) it cannot apply is reported back.
 */
export function commentFilters(filter: string, period: Period, timeZone: string): { filters: ResponseFilters; isUnfiltered: boolean } {
  const split = splitFilter(filter);
  const filters: ResponseFilters = {
    state: 'complete',
    from: dayStartIn(period.from, timeZone),
    to: new Date(Date.parse(dayStartIn(addDays(period.to, 1), timeZone)) - 1).toISOString(),
  };
  if (split?.dimension === 'channel' && (responseChannels as readonly string[]).includes(split.value)) filters.channel = split.value as ResponseChannel;
  else if (split?.dimension === 'language') filters.language = split.value;
  else if (split?.dimension.startsWith('answer.')) filters.answer = `${split.dimension.slice('answer.'.length)}:${split.value}`;
  else return { filters, isUnfiltered: split !== null };
  return { filters, isUnfiltered: false };
}

/** The same responses on the survey's Responses tab (whose days are the browser's). */
export function responsesTabFilters(filter: string, period: Period): FilterValues {
  const { filters } = commentFilters(filter, period, 'UTC');
  return { state: 'complete', channel: filters.channel ?? '', language: filters.language ?? '', from: period.from, to: period.to, answer: filters.answer ?? '' };
}
